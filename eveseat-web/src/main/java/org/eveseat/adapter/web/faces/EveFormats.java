package org.eveseat.adapter.web.faces;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.eveseat.domain.shared.Isk;

/**
 * Numbers and times as EVE players read them, for the pages ({@code #{eve.time(x)}}): EVE time is UTC, written
 * {@code 2026.12.01 21:45}; ISK with thousands separators and two decimals. A missing value shows as a dash.
 */
@Named("eve")
@ApplicationScoped
public class EveFormats {
    public static final String NONE = "—";
    private static final DateTimeFormatter EVE_TIME = DateTimeFormatter.ofPattern("yyyy.MM.dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ENGLISH);

    public String time(Instant instant) {
        return instant == null || instant.equals(Instant.EPOCH) ? NONE : EVE_TIME.format(instant);
    }

    public String isk(Isk isk) {
        return isk == null ? NONE : format("#,##0.00", isk.amount()) + " ISK";
    }

    public String count(long value) {
        return format("#,##0", BigDecimal.valueOf(value));
    }

    /** A share between 0 and 1 as a percentage with one decimal. */
    public String percent(double share) {
        return format("0.0", BigDecimal.valueOf(share * 100)) + " %";
    }

    public String now() {
        return time(Instant.now());
    }

    private static String format(String pattern, BigDecimal value) {
        DecimalFormat format = new DecimalFormat(pattern, SYMBOLS);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
