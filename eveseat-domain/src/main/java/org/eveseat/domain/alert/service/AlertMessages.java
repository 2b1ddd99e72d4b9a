package org.eveseat.domain.alert.service;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eveseat.domain.alert.model.AlertMessage;
import org.eveseat.domain.event.model.LiveEvent;

/**
 * The alerts a channel is told of, in words: contracts about to expire, market orders beaten, a login EVE refused.
 * The owner's name comes from the caller (the payload carries its id only); times are EVE time (UTC), ISK as the
 * game writes it.
 */
final class AlertMessages {
    static final String CONTRACT_EXPIRING = "contract.expiring";
    static final String ORDER_OUTBID = "market.outbid";
    static final String LOGIN_LOST = "token.invalid";
    static final Set<String> TYPES = Set.of(CONTRACT_EXPIRING, ORDER_OUTBID, LOGIN_LOST);
    private static final DateTimeFormatter EVE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'EVE time'",
            Locale.ROOT).withZone(ZoneOffset.UTC);

    private AlertMessages() {
    }

    /** The owner's id in the event's payload: a character's or a corporation's. */
    static Optional<Long> ownerId(LiveEvent event) {
        Object id = event.payload().getOrDefault("characterId", event.payload().get("corporationId"));
        return id instanceof Number number ? Optional.of(number.longValue()) : Optional.empty();
    }

    static Optional<AlertMessage> of(LiveEvent event, String ownerName) {
        return switch (event.type()) {
            case CONTRACT_EXPIRING -> Optional.of(new AlertMessage(ownerName + ": contracts expiring within a day",
                    rows(event, "contracts").stream().map(AlertMessages::contract).toList(), event.occurredAt()));
            case ORDER_OUTBID -> Optional.of(new AlertMessage(ownerName + ": market orders beaten",
                    rows(event, "orders").stream().map(AlertMessages::order).toList(), event.occurredAt()));
            case LOGIN_LOST -> Optional.of(new AlertMessage(ownerName + ": log in again", List.of("EVE SSO refused "
                    + ownerName + "'s login: this pilot's data is not synced until it logs in to EVESeat again."),
                    event.occurredAt()));
            default -> Optional.empty();
        };
    }

    private static String contract(Map<?, ?> row) {
        String type = text(row.get("type")).replace('_', ' ');
        String title = text(row.get("title")).isBlank() ? "" : " “" + text(row.get("title")) + "”";
        String kind = type.isEmpty() ? "Contract" : Character.toUpperCase(type.charAt(0)) + type.substring(1)
                + " contract";
        return kind + title + " expires " + eveTime(text(row.get("dateExpired")));
    }

    private static String order(Map<?, ?> row) {
        boolean buy = Boolean.TRUE.equals(row.get("buyOrder"));
        return (buy ? "Buy" : "Sell") + " order for " + text(row.get("typeName")) + " at "
                + text(row.get("stationName")) + ": " + isk(row.get("price")) + ", best other "
                + isk(row.get("bestCompetitor")) + " (" + (buy ? "outbid" : "undercut") + " by "
                + isk(row.get("undercutBy")) + ")";
    }

    private static String eveTime(String instant) {
        try {
            return EVE_TIME.format(Instant.parse(instant));
        } catch (DateTimeParseException e) {
            return "within a day";
        }
    }

    private static List<Map<?, ?>> rows(LiveEvent event, String key) {
        return event.payload().get(key) instanceof List<?> list
                ? list.stream().filter(Map.class::isInstance).<Map<?, ?>>map(Map.class::cast).toList() : List.of();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** ISK with thousands grouped and two decimals, as the game shows it: 1,234,567.89 ISK. */
    static String isk(Object amount) {
        if (amount == null) {
            return "? ISK";
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(new BigDecimal(amount.toString())) + " ISK";
    }
}
