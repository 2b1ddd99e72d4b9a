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
    private EsiTable esi;

    protected EsiWalletJournalAdapter() {
    }

    @Inject
    public EsiWalletJournalAdapter(EsiSettings settings, EsiGateway esi) {
        this.esi = new EsiTable(esi, settings);
    }

    @Override
    public EsiResult<List<WalletJournalEntry>> journal(CharacterId characterId, AccessToken token) {
        return esi.readPages(journal(characterId).token(token), WalletHistoryMapper.JOURNAL);
    }

    @Override
    public EsiResult<EsiPage<WalletJournalEntry>> journalPage(CharacterId characterId, int page, AccessToken token) {
        return esi.readPage(journal(characterId).token(token), page, WalletHistoryMapper.JOURNAL);
    }

    @Override
    public EsiResult<List<WalletTransaction>> transactions(CharacterId characterId, OptionalLong fromId,
                                                           AccessToken token) {
        return esi.read(EsiRequest.of("GET /characters/{character_id}/wallet/transactions")
                .with("character_id", characterId).with("from_id", FromId.param(fromId)).token(token),
                WalletHistoryMapper.TRANSACTIONS);
    }

    /** The whole walk and the page walk share one cache entry: page 1's ETag is that of the whole journal. */
    private static EsiRequest journal(CharacterId characterId) {
        return EsiRequest.of("GET /characters/{character_id}/wallet/journal").with("character_id", characterId);
    }
}
