package org.eveseat.adapter.esi.wallet;

import java.util.List;
import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eveseat.adapter.esi.common.EsiGateway;
import org.eveseat.adapter.esi.common.EsiRequest;
import org.eveseat.adapter.esi.common.EsiSettings;
import org.eveseat.adapter.esi.common.EsiTable;
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
    private EsiTable esi;

    protected EsiCorporationWalletAdapter() {
    }

    @Inject
    public EsiCorporationWalletAdapter(EsiSettings settings, EsiGateway esi) {
        this.esi = new EsiTable(esi, settings);
    }

    @Override
    public EsiResult<List<DivisionBalance>> balances(CorporationId corporationId, AccessToken token) {
        return esi.read(EsiRequest.of("GET /corporations/{corporation_id}/wallets").with("corporation_id", corporationId)
                .token(token), WalletHistoryMapper.BALANCES);
    }

    @Override
    public EsiResult<List<WalletJournalEntry>> journal(CorporationId corporationId, WalletDivision division,
                                                       AccessToken token) {
        return esi.readPages(journal(corporationId, division).token(token), WalletHistoryMapper.JOURNAL);
    }

    @Override
    public EsiResult<EsiPage<WalletJournalEntry>> journalPage(CorporationId corporationId, WalletDivision division,
                                                              int page, AccessToken token) {
        return esi.readPage(journal(corporationId, division).token(token), page, WalletHistoryMapper.JOURNAL);
    }

    @Override
    public EsiResult<List<WalletTransaction>> transactions(CorporationId corporationId, WalletDivision division,
                                                           OptionalLong fromId, AccessToken token) {
        return esi.read(EsiRequest.of("GET /corporations/{corporation_id}/wallets/{division}/transactions")
                .with("corporation_id", corporationId).with("division", division.number())
                .with("from_id", FromId.param(fromId)).token(token), WalletHistoryMapper.TRANSACTIONS);
    }

    private static EsiRequest journal(CorporationId corporationId, WalletDivision division) {
        return EsiRequest.of("GET /corporations/{corporation_id}/wallets/{division}/journal")
                .with("corporation_id", corporationId).with("division", division.number());
    }
}
