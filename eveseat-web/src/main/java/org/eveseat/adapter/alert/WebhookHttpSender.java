package org.eveseat.adapter.alert;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.eveseat.domain.alert.model.AlertChannel;
import org.eveseat.domain.alert.model.AlertMessage;
import org.eveseat.domain.alert.model.ChannelKind;
import org.eveseat.domain.alert.model.Delivery;
import org.eveseat.domain.alert.port.out.WebhookSender;

/**
 * Posts to Discord and Slack over HTTPS in their own message formats ({@link WebhookBodies}). A 429 is waited out
 * as the service asks (Retry-After, at most {@link #LONGEST_WAIT}) and tried again twice; 401, 403 and 404 mean
 * the webhook was deleted or its token is wrong (gone); anything else, or no answer in 10 seconds, failed.
 */
public class WebhookHttpSender implements WebhookSender {
    static final Duration LONGEST_WAIT = Duration.ofSeconds(10);
    private static final int ATTEMPTS = 3;

    private final HttpClient http;
    private final List<String> extraPrefixes;
    private final Clock clock;
    private final Sleeper sleeper;

    /** Waits out a rate limit; tests give one that records instead. */
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    public WebhookHttpSender(HttpClient http, List<String> extraPrefixes, Clock clock, Sleeper sleeper) {
        this.http = http;
        this.extraPrefixes = List.copyOf(extraPrefixes);
        this.clock = clock;
        this.sleeper = sleeper;
    }

    @Override
    public boolean accepts(ChannelKind kind, String webhook) {
        return kind.prefixes().stream().anyMatch(webhook::startsWith)
                || extraPrefixes.stream().anyMatch(prefix -> !prefix.isBlank() && webhook.startsWith(prefix));
    }

    @Override
    public Delivery send(AlertChannel channel, AlertMessage message) {
        if (!accepts(channel.kind(), channel.webhook())) {
            return Delivery.failed(clock.instant(), "this server no longer posts to that address");
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(channel.webhook())).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").header("User-Agent", "EVESeat alerts")
                .POST(HttpRequest.BodyPublishers.ofString(WebhookBodies.of(channel.kind(), message))).build();
        String service = channel.kind() == ChannelKind.DISCORD ? "Discord" : "Slack";
        try {
            for (int attempt = 1; ; attempt++) {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status >= 200 && status < 300) {
                    return Delivery.delivered(clock.instant());
                }
                String detail = service + " answered " + status + brief(response.body());
                if (status == 401 || status == 403 || status == 404 || status == 410) {
                    return Delivery.gone(clock.instant(), detail);
                }
                Optional<Duration> wait = status == 429 ? retryAfter(response) : Optional.empty();
                if (wait.isEmpty() || attempt == ATTEMPTS) {
                    return Delivery.failed(clock.instant(), detail);
                }
                sleeper.sleep(wait.get());
            }
        } catch (IOException | IllegalArgumentException e) {
            return Delivery.failed(clock.instant(), service + " did not answer: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Delivery.failed(clock.instant(), "stopped while waiting for " + service);
        }
    }

    /** Retry-After in seconds (Slack, Discord), which may be fractional; none or too long means give up. */
    static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(value -> {
            try {
                Duration wait = Duration.ofMillis(Math.max(0, Math.round(Double.parseDouble(value) * 1000)));
                return wait.compareTo(LONGEST_WAIT) <= 0 ? Optional.of(wait) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    private static String brief(String body) {
        String text = body == null ? "" : body.strip().replaceAll("\\s+", " ");
        return text.isEmpty() ? "" : ": " + (text.length() > 200 ? text.substring(0, 200) + "…" : text);
    }
}
