package org.eveseat.domain.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * An enum standing for the strings of an ESI enum. ESI may add values to a response enum without a new
 * compatibility date, so enums read from ESI map unknown strings to a fallback constant ({@link #lenient}) rather
 * than failing a whole sync; enums only sent to ESI reject them ({@link #strict}). Both read {@code null} (a field
 * ESI left out) as {@code null}; records decide whether the field is required.
 */
public interface EsiEnum {
    /** Implemented by {@link Enum#name()}. */
    String name();

    /** The constant's name in lower case, unless the enum spells its ESI strings otherwise. */
    default String esiValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E> & EsiEnum> E lenient(Class<E> type, String value, E fallback) {
        return value == null ? null : find(type, value).orElse(fallback);
    }

    static <E extends Enum<E> & EsiEnum> E strict(Class<E> type, String value) {
        return value == null ? null : find(type, value).orElseThrow(() -> new RuleViolationException(
                "'" + value + "' is not a known " + type.getSimpleName()));
    }

    private static <E extends Enum<E> & EsiEnum> Optional<E> find(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.esiValue().equals(value))
                .findFirst();
    }
}
