package org.eveseat.adapter.alert;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eveseat.domain.alert.port.out.WebhookSender;

/**
 * The one webhook sender of the application. {@code eveseat.alerts.webhook-prefixes} (comma-separated) allows
 * addresses beyond Discord's and Slack's own, such as a relay of the operator's.
 */
@ApplicationScoped
public class WebhookSenderProducer {
    @Inject
    @ConfigProperty(name = "eveseat.alerts.webhook-prefixes")
    Optional<List<String>> extraPrefixes;

    @Produces
    @Singleton
    WebhookSender webhooks() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        return new WebhookHttpSender(http, extraPrefixes.orElse(List.of()), Clock.systemUTC(),
                duration -> Thread.sleep(duration.toMillis()));
    }
}
