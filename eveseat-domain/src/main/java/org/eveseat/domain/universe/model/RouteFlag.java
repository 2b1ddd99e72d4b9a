package org.eveseat.domain.universe.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eveseat.domain.shared.RuleViolationException;

/** What a planned route favours, with ESI's {@code /route} flag names: fewest jumps, high-sec, or the rest. */
public enum RouteFlag {
    SHORTEST, SECURE, INSECURE;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The flag of the given name; null or blank means shortest. */
    public static RouteFlag of(String value) {
        if (value == null || value.isBlank()) {
            return SHORTEST;
        }
        return Arrays.stream(values()).filter(flag -> flag.value().equals(value.strip())).findFirst()
                .orElseThrow(() -> new RuleViolationException("flag must be one of " + Arrays.stream(values())
                        .map(RouteFlag::value).collect(Collectors.joining(", ")) + ", not " + value));
    }
}
