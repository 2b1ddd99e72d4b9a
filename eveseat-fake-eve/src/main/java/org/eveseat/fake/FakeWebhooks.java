package org.eveseat.fake;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Discord's and Slack's webhooks as EVESeat posts to them: {@code POST /api/webhooks/{id}/{token}} answers 204
 * (Discord), {@code POST /services/{team}/{bot}/{token}} answers 200 "ok" (Slack). A token "deleted" answers as a
 * deleted webhook does (Discord 404 "Unknown Webhook", Slack 404 "no_service"); {@link #rateLimitNext} makes the
 * next posts answer 429 with Retry-After. {@code GET /received} lists what was posted, for people trying it out.
 */
public final class FakeWebhooks extends FakeHttpServer {
    /** One post: the path it went to and its JSON body. */
    public record Post(String path, String body) {
    }

    private final List<Post> posts = new CopyOnWriteArrayList<>();
    private final AtomicInteger rateLimited = new AtomicInteger();

    public FakeWebhooks() {
        this(0);
    }

    public FakeWebhooks(int port) {
        super(port);
    }

    @Override
    public synchronized FakeWebhooks start() {
        super.start();
        return this;
    }

    /** What webhook addresses of this fake begin with, for {@code eveseat.alerts.webhook-prefixes}. */
    public String prefix() {
        return baseUrl() + "/";
    }

    public List<Post> posts() {
        return List.copyOf(posts);
    }

    /** The next {@code count} posts answer 429, asking to wait a fifth of a second. */
    public FakeWebhooks rateLimitNext(int count) {
        rateLimited.set(count);
        return this;
    }

    @Override
    protected void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if ("GET".equals(exchange.getRequestMethod()) && "/received".equals(path)) {
            List<Object> list = new ArrayList<>();
            posts.forEach(post -> list.add(Map.of("path", post.path(), "body", post.body())));
            HttpIo.send(exchange, 200, "application/json", Json.write(list));
            return;
        }
        boolean discord = path.matches("/api/webhooks/[0-9]+/[A-Za-z0-9_-]+");
        boolean slack = path.matches("/services/[A-Za-z0-9]+/[A-Za-z0-9]+/[A-Za-z0-9_-]+");
        if (!"POST".equals(exchange.getRequestMethod()) || !discord && !slack) {
            HttpIo.send(exchange, 404, "text/plain", "not a webhook");
            return;
        }
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (path.endsWith("/deleted")) {
            HttpIo.send(exchange, 404, discord ? "application/json" : "text/plain",
                    discord ? "{\"message\": \"Unknown Webhook\", \"code\": 10015}" : "no_service");
        } else if (rateLimited.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            exchange.getResponseHeaders().add("Retry-After", "0.2");
            HttpIo.send(exchange, 429, "application/json", "{\"message\": \"You are being rate limited.\", "
                    + "\"retry_after\": 0.2, \"global\": false}");
        } else {
            posts.add(new Post(path, body));
            if (discord) {
                HttpIo.sendEmpty(exchange, 204);
            } else {
                HttpIo.send(exchange, 200, "text/plain", "ok");
            }
        }
    }
}
