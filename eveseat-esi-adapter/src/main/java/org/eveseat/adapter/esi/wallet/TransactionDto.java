package org.eveseat.adapter.esi.wallet;

import java.math.BigDecimal;
import java.time.Instant;

/** A market transaction as ESI sends it; {@code is_personal} only comes with a character's transactions. */
public record TransactionDto(long transactionId, Instant date, long typeId, long quantity, BigDecimal unitPrice,
                             boolean isBuy, Boolean isPersonal, long clientId, long locationId, long journalRefId) {
}
