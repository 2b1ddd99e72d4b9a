package org.eveseat.domain.wallet.model;

import java.time.Instant;

import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Require;

/**
 * Where a page-by-page read of a journal stands: the next page, the newest id stored when the walk began (reaching
 * it ends the walk, as ESI lists newest first), and page 1's cache expiry. It is the checkpoint of the
 * wallet-journal job (stored with each page), so a resumed walk goes on from the page it had reached against the
 * same stored watermark.
 */
public record JournalWalk(JournalOwner owner, CharacterId via, int nextPage, long knownNewestId, Instant expires,
                          boolean done) {
    public JournalWalk {
        Require.present(owner, "journal owner");
        Require.present(via, "character whose token reads the journal");
        Require.positive(nextPage, "next page");
        Require.notNegative(knownNewestId, "newest stored journal id");
    }

    public static JournalWalk begin(JournalOwner owner, CharacterId via, long knownNewestId) {
        return new JournalWalk(owner, via, 1, knownNewestId, null, false);
    }

    public JournalWalk after(int page, Instant pageExpires, boolean last) {
        return new JournalWalk(owner, via, page + 1, knownNewestId, expires == null ? pageExpires : expires, last);
    }

    public JournalWalk finished(Instant pageExpires) {
        return new JournalWalk(owner, via, nextPage, knownNewestId, expires == null ? pageExpires : expires, true);
    }
}
