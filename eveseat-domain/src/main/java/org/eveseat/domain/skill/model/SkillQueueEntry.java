package org.eveseat.domain.skill.model;

import java.time.Instant;

import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.TypeId;

/**
 * One level of a skill in the training queue. The dates and skill points are null while the queue is paused.
 */
public record SkillQueueEntry(int queuePosition, TypeId skillId, int finishedLevel, Instant startDate,
                              Instant finishDate, Long trainingStartSp, Long levelStartSp, Long levelEndSp) {
    public SkillQueueEntry {
        Require.notNegative(queuePosition, "queue position");
        Require.present(skillId, "skill");
        Require.between(finishedLevel, 1, 5, "finished level");
    }
}
