package org.eveseat.adapter.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.eveseat.domain.alert.model.AlertChannel;
import org.eveseat.domain.alert.model.AlertMessage;
import org.eveseat.domain.alert.model.ChannelKind;
import org.eveseat.domain.alert.model.Delivery;
import org.eveseat.domain.shared.AccountId;

class WebhookHttpSenderTest {
    private static final Instant NOW = Instant.parse("2026-12-07T22:00:00Z");
    private static final AlertMessage MESSAGE = new AlertMessage("Aura Kador: market orders beaten",
            List.of("Sell order for Tritanium at Jita: 5.10 ISK, best other 5.09 ISK (undercut by 0.01 ISK)",
                    "@everyone <b>&</b>"), NOW);

    private record Answer(int status, String retryAfter, String body) {
    }

    private HttpServer server;
    private final Deque<Answer> answers = new ArrayDeque<>();
    private final List<String> bodies = new ArrayList<>();
    private final List<Duration> waits = new ArrayList<>();
    private WebhookHttpSender sender;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            Answer answer = answers.isEmpty() ? new Answer(204, null, "") : answers.poll();
            if (answer.retryAfter() != null) {
                exchange.getResponseHeaders().add("Retry-After", answer.retryAfter());
            }
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        sender = new WebhookHttpSender(HttpClient.newHttpClient(), List.of(base()), Clock.fixed(NOW, ZoneOffset.UTC),
                waits::add);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    private AlertChannel channel(ChannelKind kind, String path) {
        return new AlertChannel(1, new AccountId(1), kind, "Ops", base() + path, NOW, Delivery.NEVER);
    }

    @Test
    void discordGetsAnEmbedThatMentionsNobody() {
        Delivery delivery = sender.send(channel(ChannelKind.DISCORD, "api/webhooks/1/token"), MESSAGE);

        assertThat(delivery).isEqualTo(Delivery.delivered(NOW));
        JsonObject body = Json.createReader(new StringReader(bodies.get(0))).readObject();
        assertThat(body.getJsonObject("allowed_mentions").getJsonArray("parse")).isEmpty();
        JsonObject embed = body.getJsonArray("embeds").getJsonObject(0);
        assertThat(embed.getString("title")).isEqualTo("Aura Kador: market orders beaten");
        assertThat(embed.getString("description")).startsWith("Sell order for Tritanium").contains("\n@everyone");
        assertThat(embed.getString("timestamp")).isEqualTo("2026-12-07T22:00:00Z");
    }

    @Test
    void slackGetsBoldTitledTextWithItsControlCharactersEscaped() {
        answers.add(new Answer(200, null, "ok"));

        assertThat(sender.send(channel(ChannelKind.SLACK, "services/T/B/X"), MESSAGE).status())
                .isEqualTo(Delivery.Status.DELIVERED);
        String text = Json.createReader(new StringReader(bodies.get(0))).readObject().getString("text");
        assertThat(text).startsWith("*Aura Kador: market orders beaten*\n• Sell order")
                .endsWith("• @everyone &lt;b&gt;&amp;&lt;/b&gt;");
    }

    @Test
    void aRateLimitIsWaitedOutAsAskedAndTriedAgain() {
        answers.add(new Answer(429, "0.25", "{\"message\": \"You are being rate limited.\", \"retry_after\": 0.25}"));
        answers.add(new Answer(429, "1", ""));

        assertThat(sender.send(channel(ChannelKind.DISCORD, "api/webhooks/1/token"), MESSAGE).status())
                .isEqualTo(Delivery.Status.DELIVERED);
        assertThat(waits).containsExactly(Duration.ofMillis(250), Duration.ofSeconds(1));
        assertThat(bodies).hasSize(3);
    }

    @Test
    void aDeletedWebhookIsGoneAndOtherErrorsFail() {
        answers.add(new Answer(404, null, "{\"message\": \"Unknown Webhook\", \"code\": 10015}"));
        answers.add(new Answer(500, null, ""));
        answers.add(new Answer(429, "600", ""));

        AlertChannel discord = channel(ChannelKind.DISCORD, "api/webhooks/1/token");
        assertThat(sender.send(discord, MESSAGE)).isEqualTo(Delivery.gone(NOW,
                "Discord answered 404: {\"message\": \"Unknown Webhook\", \"code\": 10015}"));
        assertThat(sender.send(discord, MESSAGE)).isEqualTo(Delivery.failed(NOW, "Discord answered 500"));
        assertThat(sender.send(discord, MESSAGE).detail()).as("a wait too long is not waited")
                .isEqualTo("Discord answered 429");
        assertThat(waits).isEmpty();
    }

    @Test
    void onlyTheServicesAddressesAndTheAllowedOnesAreAccepted() {
        server.stop(0);

        assertThat(sender.accepts(ChannelKind.DISCORD, "https://discord.com/api/webhooks/1/t")).isTrue();
        assertThat(sender.accepts(ChannelKind.SLACK, "https://discord.com/api/webhooks/1/t")).isFalse();
        assertThat(sender.accepts(ChannelKind.SLACK, base() + "services/T/B/X")).isTrue();
        assertThat(sender.accepts(ChannelKind.DISCORD, "https://evil.example/api/webhooks/1/t")).isFalse();
        assertThat(sender.send(channel(ChannelKind.DISCORD, "api/webhooks/1/token"), MESSAGE).detail())
                .startsWith("Discord did not answer");
        assertThat(new WebhookHttpSender(HttpClient.newHttpClient(), List.of(), Clock.systemUTC(), waits::add)
                .send(channel(ChannelKind.DISCORD, "x/y"), MESSAGE).detail())
                .isEqualTo("this server no longer posts to that address");
    }
}
