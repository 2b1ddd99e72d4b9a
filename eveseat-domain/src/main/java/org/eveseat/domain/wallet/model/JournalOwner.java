package org.eveseat.domain.wallet.model;

import org.eveseat.domain.shared.Require;

/**
 * Whose wallet journal an entry belongs to: a character (division 0) or one of a corporation's seven wallet
 * divisions. Journal ids are only unique within one owner, so the owner is part of an entry's key.
 */
public record JournalOwner(Kind kind, long id, int division) {
    public enum Kind { CHARACTER, CORPORATION }

    public JournalOwner {
        Require.present(kind, "journal owner kind");
        Require.positive(id, "journal owner id");
        if (kind == Kind.CHARACTER) {
            Require.between(division, 0, 0, "character wallet division");
        } else {
            Require.between(division, 1, 7, "corporation wallet division");
        }
    }

    public static JournalOwner character(long characterId) {
        return new JournalOwner(Kind.CHARACTER, characterId, 0);
    }

    public static JournalOwner corporation(long corporationId, WalletDivision division) {
        return new JournalOwner(Kind.CORPORATION, corporationId, division.number());
    }
}
