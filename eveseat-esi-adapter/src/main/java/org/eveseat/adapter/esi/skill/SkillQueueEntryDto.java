package org.eveseat.adapter.esi.skill;

import java.time.Instant;

/** A skill queue entry as ESI sends it; dates and skill points are absent while the queue is paused. */
public record SkillQueueEntryDto(int queuePosition, long skillId, int finishedLevel, Instant startDate,
                                 Instant finishDate, Long trainingStartSp, Long levelStartSp, Long levelEndSp) {
}
