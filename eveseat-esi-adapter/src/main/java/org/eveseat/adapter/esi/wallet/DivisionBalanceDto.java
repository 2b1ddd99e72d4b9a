package org.eveseat.adapter.esi.wallet;

import java.math.BigDecimal;

/** The balance of one corporation wallet division. */
public record DivisionBalanceDto(int division, BigDecimal balance) {
}
