package org.eveseat.adapter.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** JPA 3.1 maps OffsetDateTime but not Instant; the domain speaks Instant. */
public final class Timestamps {
    private Timestamps() {
    }

    public static OffsetDateTime toColumn(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static Instant fromColumn(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
