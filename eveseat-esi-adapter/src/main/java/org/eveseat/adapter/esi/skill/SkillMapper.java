package org.eveseat.adapter.esi.skill;

import org.eveseat.domain.shared.TypeId;
import org.eveseat.domain.skill.model.CharacterSkills;
import org.eveseat.domain.skill.model.Skill;
import org.eveseat.domain.skill.model.SkillQueueEntry;

final class SkillMapper {
    private SkillMapper() {
    }

    static CharacterSkills toDomain(CharacterSkillsDto dto) {
        return new CharacterSkills(dto.skills().stream().map(skill -> new Skill(new TypeId(skill.skillId()),
                        skill.skillpointsInSkill(), skill.trainedSkillLevel(), skill.activeSkillLevel())).toList(),
                dto.totalSp(), dto.unallocatedSp() == null ? 0 : dto.unallocatedSp());
    }

    static SkillQueueEntry toDomain(SkillQueueEntryDto dto) {
        return new SkillQueueEntry(dto.queuePosition(), new TypeId(dto.skillId()), dto.finishedLevel(),
                dto.startDate(), dto.finishDate(), dto.trainingStartSp(), dto.levelStartSp(), dto.levelEndSp());
    }
}
