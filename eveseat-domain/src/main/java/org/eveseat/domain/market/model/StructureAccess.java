package org.eveseat.domain.market.model;

/**
 * How the last read of a structure's market went. ESI answers 403 to a character who may not dock there; the
 * admin sees it here instead of a failed sync.
 */
public enum StructureAccess {
    /** Kept, not read yet. */
    PENDING,
    /** Read through a character that may dock there. */
    OK,
    /** Every character with the structure market scope was refused (403): none may dock there. */
    NO_DOCKING,
    /** No character of this server has granted the structure market scope. */
    NO_CHARACTER,
    /** ESI failed (5xx, time-out); the orders last stored stay. */
    FAILED
}
