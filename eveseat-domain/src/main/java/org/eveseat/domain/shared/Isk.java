package org.eveseat.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** An amount of ISK. EVE shows cents, so amounts keep two decimals. */
public record Isk(BigDecimal amount) {
    public Isk {
        if (amount == null) {
            throw new RuleViolationException("amount is required");
        }
        amount = amount.setScale(2, RoundingMode.HALF_EVEN);
    }

    public static Isk of(String amount) {
        return new Isk(new BigDecimal(amount));
    }
}
