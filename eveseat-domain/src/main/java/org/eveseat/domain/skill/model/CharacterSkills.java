package org.eveseat.domain.skill.model;

import java.util.List;

import org.eveseat.domain.shared.Require;

/** All skills of a character, the skill points spent on them, and the unallocated points still to spend. */
public record CharacterSkills(List<Skill> skills, long totalSp, long unallocatedSp) {
    public CharacterSkills {
        skills = Require.list(skills, "skills");
        Require.notNegative(totalSp, "total skill points");
        Require.notNegative(unallocatedSp, "unallocated skill points");
    }
}
