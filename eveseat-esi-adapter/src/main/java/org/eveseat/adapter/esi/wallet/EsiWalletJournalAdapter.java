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
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.EsiPage;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.wallet.model.WalletJournalEntry;
import org.eveseat.domain.wallet.model.WalletTransaction;
import org.eveseat.domain.wallet.port.out.WalletJournalEsi;

/**
 * A character's wallet history over ESI. The journal is an X-Pages resource, walked whole by the gateway; the
 * transactions are read one {@code from_id} batch per call, the caller moving the cursor backwards.
 */
@ApplicationScoped
public class EsiWalletJournalAdapter implements WalletJournalEsi {
    static final String GROUP = "char-wallet";

    private EsiWalletJournalClient client;
    private EsiGateway esi;

    protected EsiWalletJournalAdapter() {
    }

    @Inject
    public EsiWalletJournalAdapter(EsiSettings settings, EsiGateway esi) {
        this.client = RestClients.build(EsiWalletJournalClient.class, settings.baseUrl(), settings);
        this.esi = esi;
    }

    @Override
    public EsiResult<List<WalletJournalEntry>> journal(CharacterId characterId, AccessToken token) {
        return esi.readPages(journalOperation(characterId), (page, etag) -> client.journal(characterId.value(), page, bearer(token), etag),
                WalletHistoryMapper.JOURNAL);
    }

    @Override
    public EsiResult<EsiPage<WalletJournalEntry>> journalPage(CharacterId characterId, int page, AccessToken token) {
        return esi.readPage(journalOperation(characterId), page, (number, etag) ->
                client.journal(characterId.value(), number, bearer(token), etag), WalletHistoryMapper.JOURNAL);
    }

    @Override
    public EsiResult<List<WalletTransaction>> transactions(CharacterId characterId, OptionalLong fromId,
                                                           AccessToken token) {
        var op = EsiOperation.authed("/characters/" + characterId + "/wallet/transactions" + FromId.query(fromId),
                GROUP, characterId);
        return esi.read(op, etag -> client.transactions(characterId.value(), FromId.param(fromId), bearer(token),
                etag), WalletHistoryMapper.TRANSACTIONS);
    }

    /** The whole walk and the page walk share one cache entry: page 1's ETag is that of the whole journal. */
    private static EsiOperation journalOperation(CharacterId characterId) {
        return EsiOperation.authed("/characters/" + characterId + "/wallet/journal", GROUP, characterId);
    }
}
