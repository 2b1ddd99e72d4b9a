package org.eveseat.adapter.web.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import jakarta.ws.rs.core.SecurityContext;

import org.eveseat.adapter.web.rest.guard.NumberLimits;
import org.eveseat.adapter.web.security.SessionPrincipal;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.shared.Viewer;

/**
 * Path and query parameters, read from strings so that a malformed one is a 400 problem (JAX-RS would answer a
 * failed conversion with 404).
 */
public final class RequestParams {
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant AFTER_LATEST = Instant.parse("+10000-01-01T00:00:00Z");

    private RequestParams() {
    }

    public static long id(String text, String name) {
        Long id = optionalId(text, name);
        if (id == null) {
            throw new RuleViolationException(name + " is required");
        }
        return id;
    }

    public static Long optionalId(String text, String name) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new RuleViolationException(name + " must be a positive number, was '" + text + "'");
    }

    public static boolean flag(String text, String name) {
        if (text == null || text.isEmpty() || text.equals("false")) {
            return false;
        }
        if (text.equals("true")) {
            return true;
        }
        throw new RuleViolationException(name + " must be true or false, was '" + text + "'");
    }

    public static int limit(String text, int byDefault) {
        Long limit = optionalId(text, "limit");
        return limit == null ? byDefault : (int) Math.min(limit, Integer.MAX_VALUE);
    }

    /** A page size from 1 to {@code max}, {@code byDefault} when absent. */
    public static int limit(String text, int byDefault, int max) {
        int limit = limit(text, byDefault);
        if (limit > max) {
            throw new RuleViolationException("limit must be between 1 and " + max + ", was '" + text + "'");
        }
        return limit;
    }

    /** A page's offset: 0 when absent. */
    public static int offset(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        try {
            int offset = Integer.parseInt(text);
            if (offset >= 0) {
                return offset;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new RuleViolationException("offset must be a whole number from 0 on, was '" + text + "'");
    }

    /** {@code 2026-05-01} (midnight UTC) or an ISO-8601 instant in years 1-9999; null when absent. */
    public static Instant instant(String text, String name) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        Instant instant;
        try {
            instant = text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new RuleViolationException(name + " must be a date (2026-05-01) or an ISO-8601 instant, was '"
                    + text + "'");
        }
        if (instant.isBefore(EARLIEST) || !instant.isBefore(AFTER_LATEST)) {
            throw new RuleViolationException(name + " must lie in the years 1 to 9999, was '" + text + "'");
        }
        return instant;
    }

    /** A decimal number within {@link NumberLimits}; null when absent. */
    public static BigDecimal decimal(String text, String name) {
        return text == null || text.isEmpty() ? null : NumberLimits.parse(text, name);
    }

    public static Viewer viewer(SecurityContext security) {
        return ((SessionPrincipal) security.getUserPrincipal()).viewer();
    }
}
