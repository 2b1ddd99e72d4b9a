package org.eveseat.fake.ledger;

/** A player structure ({@code GET /universe/structures/{structure_id}}). */
public record Structure(long structureId, String name, long ownerId, long solarSystemId, Long typeId,
                        Position position) {
}
