package org.eveseat.domain.character.model;

/** A pilot's skill points: those trained into skills and those not yet allocated. */
public record SkillPoints(long total, long unallocated) {
}
