package org.eveseat.adapter.web.rest.contract;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;

import org.eveseat.domain.contract.model.ContractStatus;
import org.eveseat.domain.contract.model.ContractType;
import org.eveseat.domain.contract.model.PriceRange;
import org.eveseat.domain.shared.EsiEnum;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.RuleViolationException;

/**
 * Query parameters of the contract API beyond plain ids, read from strings so that a malformed one is a 400
 * problem naming it. Types and statuses are spelt as ESI spells them ({@code item_exchange}, {@code in_progress}).
 */
final class ContractParams {
    private static final Duration LONGEST = Duration.ofDays(36_500);

    private ContractParams() {
    }

    static ContractType type(String text) {
        return text == null || text.isEmpty() ? null : EsiEnum.strict(ContractType.class, text);
    }

    static ContractStatus status(String text) {
        return text == null || text.isEmpty() ? null : EsiEnum.strict(ContractStatus.class, text);
    }

    static PriceRange price(BigDecimal min, BigDecimal max) {
        return new PriceRange(isk(min, "minPrice"), isk(max, "maxPrice"));
    }

    /** An ISO-8601 duration such as {@code P2D} or {@code PT12H}, from 0 to 100 years (36,500 days). */
    static Duration duration(String text, String name) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        Duration duration;
        try {
            duration = Duration.parse(text);
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new RuleViolationException(name + " must be an ISO-8601 duration such as P2D or PT12H, was '"
                    + text + "'");
        }
        if (duration.isNegative() || duration.compareTo(LONGEST) > 0) {
            throw new RuleViolationException(name + " must be between PT0S and P36500D, was '" + text + "'");
        }
        return duration;
    }

    private static Isk isk(BigDecimal amount, String name) {
        if (amount == null) {
            return null;
        }
        if (amount.signum() < 0 || amount.scale() > 2) {
            throw new RuleViolationException(name + " must be a positive amount with at most two decimals");
        }
        return new Isk(amount);
    }
}
