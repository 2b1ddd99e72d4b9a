package org.eveseat.adapter.json;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider. Each {@code JSON.createXxx} call looks the provider up again, which inside Payara is a
 * service-loader scan of the application's jars (about a tenth of a millisecond) per JSON object built.
 */
public final class Jsonp {
    public static final JsonProvider JSON = JsonProvider.provider();

    private Jsonp() {
    }
}
