package org.eveseat.domain.skill.model;

import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.TypeId;

/**
 * A skill a character has injected: the level trained (0-5) and the level in effect, lower for alpha clones.
 */
public record Skill(TypeId skillId, long skillpoints, int trainedLevel, int activeLevel) {
    public Skill {
        Require.present(skillId, "skill");
        Require.notNegative(skillpoints, "skill points");
        Require.between(trainedLevel, 0, 5, "trained level");
        Require.between(activeLevel, 0, 5, "active level");
    }
}
