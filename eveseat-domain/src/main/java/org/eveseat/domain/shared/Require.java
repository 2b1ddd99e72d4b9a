package org.eveseat.domain.shared;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The checks model records run in their compact constructors, so every broken rule fails the same way: a
 * {@link RuleViolationException} naming the field. Collections come back as unmodifiable copies; a missing
 * collection is read as an empty one.
 */
public final class Require {
    private Require() {
    }

    public static void present(Object value, String name) {
        if (value == null) {
            throw new RuleViolationException(name + " is required");
        }
    }

    public static void positive(long value, String name) {
        if (value <= 0) {
            throw new RuleViolationException(name + " must be positive, was " + value);
        }
    }

    public static void positiveIfPresent(Long value, String name) {
        if (value != null) {
            positive(value, name);
        }
    }

    public static void notNegative(long value, String name) {
        between(value, 0, Long.MAX_VALUE, name);
    }

    public static void between(long value, long min, long max, String name) {
        if (value < min || value > max) {
            throw new RuleViolationException(name + " must be between " + min + " and " + max + ", was " + value);
        }
    }

    public static void between(double value, double min, double max, String name) {
        if (!(value >= min && value <= max)) {
            throw new RuleViolationException(name + " must be between " + min + " and " + max + ", was " + value);
        }
    }

    public static void text(String value, int maxLength, String name) {
        present(value, name);
        if (value.isBlank()) {
            throw new RuleViolationException(name + " must not be blank");
        }
        if (value.length() > maxLength) {
            throw new RuleViolationException(name + " must be at most " + maxLength + " characters");
        }
    }

    public static <T> List<T> list(List<T> values, String name) {
        return values == null ? List.of() : List.copyOf(withoutNulls(values, name));
    }

    public static <T> List<T> list(List<T> values, int min, int max, String name) {
        List<T> copy = list(values, name);
        between(copy.size(), min, max, "number of " + name);
        return copy;
    }

    public static <T> Set<T> set(Collection<T> values, int min, int max, String name) {
        Set<T> copy = values == null ? Set.of() : Set.copyOf(withoutNulls(values, name));
        between(copy.size(), min, max, "number of " + name);
        return copy;
    }

    private static <C extends Collection<?>> C withoutNulls(C values, String name) {
        for (Object value : values) {
            if (value == null) {
                throw new RuleViolationException(name + " must not contain null");
            }
        }
        return values;
    }
}
