package org.eveseat.domain.killmail.model;

import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.Require;

/**
 * A character or corporation whose recent killmails listed a killmail. A killmail is stored once however many
 * see it; who saw it decides who may read it here.
 */
public record KillmailWitness(Kind kind, long id) {
    public enum Kind { CHARACTER, CORPORATION }

    public KillmailWitness {
        Require.present(kind, "witness kind");
        Require.positive(id, "witness id");
    }

    public static KillmailWitness of(CharacterId characterId) {
        return new KillmailWitness(Kind.CHARACTER, characterId.value());
    }

    public static KillmailWitness of(CorporationId corporationId) {
        return new KillmailWitness(Kind.CORPORATION, corporationId.value());
    }
}
