package org.eveseat.domain.intel.model;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.eveseat.domain.shared.RuleViolationException;

/** The span the map sums system activity over: the last hour ESI reported, or the last 24 of them. */
public enum ActivityWindow {
    HOUR("1h", 1), DAY("24h", 24);

    private final String text;
    private final int hours;

    ActivityWindow(String text, int hours) {
        this.text = text;
        this.hours = hours;
    }

    public static ActivityWindow of(String text) {
        for (ActivityWindow window : values()) {
            if (window.text.equals(text)) {
                return window;
            }
        }
        throw new RuleViolationException("window must be 1h or 24h, was '" + text + "'");
    }

    public String text() {
        return text;
    }

    public int hours() {
        return hours;
    }

    /** The first hour inside the window that ends with the hour of {@code now}. */
    public Instant since(Instant now) {
        return now.truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(hours - 1L));
    }
}
