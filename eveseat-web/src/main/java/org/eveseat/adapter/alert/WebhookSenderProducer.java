package org.eveseat.adapter.alert;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
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
    /** A String, not a List: Payara's config producer cannot make an {@code Optional<List<String>>}. */
    @Inject
    @ConfigProperty(name = "eveseat.alerts.webhook-prefixes")
    Optional<String> extraPrefixes;

    @Produces
    @Singleton
    WebhookSender webhooks() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        List<String> prefixes = Arrays.stream(extraPrefixes.orElse("").split(",")).map(String::strip)
                .filter(prefix -> !prefix.isEmpty()).toList();
        return new WebhookHttpSender(http, prefixes, Clock.systemUTC(),
                duration -> Thread.sleep(duration.toMillis()));
    }
}
