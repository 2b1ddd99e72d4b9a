package org.eveseat.adapter.esi.common;

import java.net.URI;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Reads the ESI settings from MicroProfile Config ({@code EVESEAT_ESI_*} environment variables). */
@ApplicationScoped
public class EsiSettingsProducer {
    @Inject
    @ConfigProperty(name = "eveseat.esi.base-url", defaultValue = "https://esi.evetech.net")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "eveseat.esi.user-agent",
            defaultValue = "EVESeat/0.1 (+https://github.com/eveseat/eveseat; set EVESEAT_ESI_USER_AGENT to your contact)")
    String userAgent;

    @Inject
    @ConfigProperty(name = "eveseat.esi.timeout-seconds", defaultValue = "20")
    int timeoutSeconds;

    @Produces
    @Singleton
    EsiSettings settings() {
        return new EsiSettings(URI.create(baseUrl), EsiSettings.COMPATIBILITY_DATE, userAgent,
                Duration.ofSeconds(timeoutSeconds));
    }
}
