package org.eveseat.fake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Calls a {@link FakeEsi} as an ESI client would: compatibility date, user agent, bearer token, JSON body. */
final class EsiTestClient {

    private final FakeEsi esi;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    EsiTestClient(FakeEsi esi) {
        this.esi = esi;
    }

    HttpResponse<String> get(String pathAndQuery, String token, String... headers) {
        return send("GET", pathAndQuery, token, null, headers);
    }

    /** @param headers name, value, name, value ... */
    HttpResponse<String> send(String method, String pathAndQuery, String token, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(esi.baseUrl() + pathAndQuery))
                .timeout(Duration.ofSeconds(10))
                .header("X-Compatibility-Date", FakeEsi.COMPATIBILITY_DATE)
                .header("User-Agent", "EVESeat-test/1.0 (admin@example.org)")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElseThrow(() -> new AssertionError("no " + name + " header"));
    }

    static Object json(HttpResponse<String> response) {
        return Json.parse(response.body());
    }
}
