package org.eveseat.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FakeWebhooksTest {
    private final FakeWebhooks webhooks = new FakeWebhooks();
    private final HttpClient client = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        webhooks.stop();
    }

    private HttpResponse<String> post(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(webhooks.prefix() + path))
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"hi\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void answersAsDiscordAndSlackDoAndKeepsWhatWasPosted() throws Exception {
        webhooks.start();

        assertThat(post("api/webhooks/1/token").statusCode()).isEqualTo(204);
        assertThat(post("services/T1/B1/token").body()).isEqualTo("ok");
        assertThat(post("api/webhooks/1/deleted").body()).contains("Unknown Webhook");
        assertThat(post("services/T1/B1/deleted").body()).isEqualTo("no_service");
        assertThat(post("elsewhere").statusCode()).isEqualTo(404);
        webhooks.rateLimitNext(1);
        HttpResponse<String> limited = post("api/webhooks/1/token");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).contains("0.2");

        assertThat(webhooks.posts()).extracting(FakeWebhooks.Post::path)
                .containsExactly("/api/webhooks/1/token", "/services/T1/B1/token");
        String received = client.send(HttpRequest.newBuilder(URI.create(webhooks.prefix() + "received")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(received).contains("/services/T1/B1/token").contains("hi");
    }
}
