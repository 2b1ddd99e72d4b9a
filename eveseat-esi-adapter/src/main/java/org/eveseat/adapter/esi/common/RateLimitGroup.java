package org.eveseat.adapter.esi.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/** A rate-limit group of the ESI spec ({@code x-rate-limit}): so many tokens per floating window. */
public record RateLimitGroup(String name, int maxTokens, Duration window) {
    /** Routes without {@code x-rate-limit} are limited only by the error limit. */
    public static final String NONE = "";

    /** Parses ESI's notation, as in the spec and the {@code X-Ratelimit-Limit} header: {@code 150/15m}, {@code 30/1h}. */
    public static RateLimitGroup parse(String name, String limit) {
        String[] parts = limit.trim().split("/");
        String window = parts[1];
        long amount = Long.parseLong(window.substring(0, window.length() - 1));
        Duration size = window.endsWith("h") ? Duration.ofHours(amount) : Duration.ofMinutes(amount);
        return new RateLimitGroup(name, Integer.parseInt(parts[0]), size);
    }

    /** The groups declared in the spec, loaded from the data file generated from it. */
    public static Map<String, RateLimitGroup> fromSpec() {
        Properties groups = new Properties();
        try (InputStream in = RateLimitGroup.class.getResourceAsStream("rate-limit-groups.properties")) {
            groups.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return groups.stringPropertyNames().stream()
                .collect(Collectors.toUnmodifiableMap(name -> name, name -> parse(name, groups.getProperty(name))));
    }
}
