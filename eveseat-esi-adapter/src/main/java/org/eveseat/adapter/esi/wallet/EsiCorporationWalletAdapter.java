package org.eveseat.adapter.esi.wallet;

import static org.eveseat.adapter.esi.common.EsiJson.bearer;

import java.util.List;
import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eveseat.adapter.esi.common.EsiGateway;
import org.eveseat.adapter.esi.common.EsiOperation;
import org.eveseat.adapter.esi.common.EsiSettings;
import org.eveseat.adapter.esi.common.RestClients;
import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.EsiPage;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.wallet.model.DivisionBalance;
import org.eveseat.domain.wallet.model.WalletDivision;
import org.eveseat.domain.wallet.model.WalletJournalEntry;
import org.eveseat.domain.wallet.model.WalletTransaction;
import org.eveseat.domain.wallet.port.out.CorporationWalletEsi;

/**
 * A corporation's wallets over ESI, read with an accountant's token and charged to the corporation's bucket:
 * the division balances, each division's journal (X-Pages, walked whole) and its transactions, one
 * {@code from_id} batch per call.
 */
@ApplicationScoped
public class EsiCorporationWalletAdapter implements CorporationWalletEsi {
    static final String GROUP = "corp-wallet";

    private EsiCorporationWalletClient client;
    private EsiGateway esi;

    protected EsiCorporationWalletAdapter() {
    }

    @Inject
    public EsiCorporationWalletAdapter(EsiSettings settings, EsiGateway esi) {
        this.client = RestClients.build(EsiCorporationWalletClient.class, settings.baseUrl(), settings);
        this.esi = esi;
    }

    @Override
    public EsiResult<List<DivisionBalance>> balances(CorporationId corporationId, AccessToken token) {
        return esi.read(operation(corporationId, ""),
                etag -> client.balances(corporationId.value(), bearer(token), etag), WalletHistoryMapper.BALANCES);
    }

    @Override
    public EsiResult<List<WalletJournalEntry>> journal(CorporationId corporationId, WalletDivision division,
                                                       AccessToken token) {
        return esi.readPages(operation(corporationId, "/" + division + "/journal"), (page, etag) ->
                client.journal(corporationId.value(), division.number(), page, bearer(token), etag),
                WalletHistoryMapper.JOURNAL);
    }

    @Override
    public EsiResult<EsiPage<WalletJournalEntry>> journalPage(CorporationId corporationId, WalletDivision division,
                                                              int page, AccessToken token) {
        return esi.readPage(operation(corporationId, "/" + division + "/journal"), page, (number, etag) ->
                client.journal(corporationId.value(), division.number(), number, bearer(token), etag),
                WalletHistoryMapper.JOURNAL);
    }

    @Override
    public EsiResult<List<WalletTransaction>> transactions(CorporationId corporationId, WalletDivision division,
                                                           OptionalLong fromId, AccessToken token) {
        return esi.read(operation(corporationId, "/" + division + "/transactions" + FromId.query(fromId)), etag ->
                client.transactions(corporationId.value(), division.number(), FromId.param(fromId), bearer(token),
                        etag), WalletHistoryMapper.TRANSACTIONS);
    }

    private static EsiOperation operation(CorporationId corporationId, String rest) {
        return EsiOperation.corporation("/corporations/" + corporationId + "/wallets" + rest, GROUP, corporationId);
    }
}
