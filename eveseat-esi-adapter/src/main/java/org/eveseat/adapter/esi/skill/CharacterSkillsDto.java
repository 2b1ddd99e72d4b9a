package org.eveseat.adapter.esi.skill;

import java.util.List;

/** A character's skills as ESI sends them; {@code unallocated_sp} is absent when there are none. */
public record CharacterSkillsDto(List<SkillDto> skills, long totalSp, Long unallocatedSp) {
    public record SkillDto(long skillId, long skillpointsInSkill, int trainedSkillLevel, int activeSkillLevel) {
    }
}
