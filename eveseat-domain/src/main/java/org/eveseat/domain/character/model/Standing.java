package org.eveseat.domain.character.model;

import org.eveseat.domain.shared.Require;

/** A character's own (unmodified by skills) standing with an NPC agent, corporation or faction, -10 to 10. */
public record Standing(long fromId, StandingSource fromType, double standing) {
    public Standing {
        Require.positive(fromId, "standing's source id");
        Require.present(fromType, "standing's source type");
        Require.between(standing, -10, 10, "standing");
    }
}
