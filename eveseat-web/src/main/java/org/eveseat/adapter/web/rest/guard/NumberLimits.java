package org.eveseat.adapter.web.rest.guard;

import java.math.BigDecimal;

import org.eveseat.domain.shared.RuleViolationException;

/**
 * How big a number the API reads, in a body or a parameter: at most 40 characters, and a decimal point at most 40
 * places from the digits (so {@code 1e1000000000} is refused before anything computes with it). Every amount EVE
 * knows fits many times over.
 */
public final class NumberLimits {
    static final int MAX_CHARACTERS = 40;
    static final int MAX_SCALE = 40;

    private NumberLimits() {
    }

    /** The number the text spells, within the limits; a RuleViolation naming {@code where} otherwise. */
    public static BigDecimal parse(String text, String where) {
        if (text.length() > MAX_CHARACTERS) {
            throw new RuleViolationException(where + " is a number of " + text.length() + " characters; at most "
                    + MAX_CHARACTERS + " are accepted");
        }
        try {
            return check(new BigDecimal(text), where);
        } catch (NumberFormatException e) {
            throw new RuleViolationException(where + " must be a number, was '" + text + "'");
        }
    }

    public static BigDecimal check(BigDecimal number, String where) {
        if (Math.abs(number.scale()) > MAX_SCALE || number.precision() > MAX_CHARACTERS) {
            throw new RuleViolationException(where + " is out of range: its exponent or digits go beyond "
                    + MAX_SCALE + " places");
        }
        return number;
    }
}
