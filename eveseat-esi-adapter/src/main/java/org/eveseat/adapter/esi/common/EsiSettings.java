package org.eveseat.adapter.esi.common;

import java.net.URI;
import java.time.Duration;

/** How EVESeat talks to ESI: where, under which compatibility date, and how it introduces itself. */
public record EsiSettings(URI baseUrl, String compatibilityDate, String userAgent, Duration timeout) {
    /** The ESI spec version this code was written against; ESI keeps serving it unchanged. */
    public static final String COMPATIBILITY_DATE = "2026-08-04";
}
