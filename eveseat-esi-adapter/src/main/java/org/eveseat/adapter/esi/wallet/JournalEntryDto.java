package org.eveseat.adapter.esi.wallet;

import java.math.BigDecimal;
import java.time.Instant;

/** A wallet journal line as ESI sends it, for characters and corporation divisions alike. */
public record JournalEntryDto(long id, Instant date, String refType, String description, BigDecimal amount,
                              BigDecimal balance, Long firstPartyId, Long secondPartyId, Long contextId,
                              String contextIdType, String reason, BigDecimal tax, Long taxReceiverId) {
}
