package org.eveseat.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;

/** A browser's view of the server: its own cookie jar, redirects followed by hand so each hop can be checked. */
final class Browser {
    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    /** The page the requests come from, as a browser names it in {@code Origin}; none by default. */
    private String origin;

    Browser(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** From now on, requests carry {@code Origin: <pageOrigin>}, as a page of that site would send them. */
    Browser from(String pageOrigin) {
        this.origin = pageOrigin;
        return this;
    }

    HttpResponse<String> get(String pathOrUrl) {
        return send(HttpRequest.newBuilder(resolve(pathOrUrl)).GET());
    }

    HttpResponse<String> post(String path) {
        return send(HttpRequest.newBuilder(resolve(path)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** An HTML form post (application/x-www-form-urlencoded), as a browser sends a submitted form. */
    HttpResponse<String> postForm(String pathOrUrl, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(resolve(pathOrUrl)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A request with a JSON body (or none, when null), e.g. PUT or DELETE. */
    HttpResponse<String> send(String method, String path, String json) {
        return send(HttpRequest.newBuilder(resolve(path)).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json)));
    }

    /** An API client without cookies: only the bearer token identifies it. */
    HttpResponse<String> getWithBearer(String path, String token) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(resolve(path))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Logs in through the fake EVE SSO: our login redirect, SSO's consent redirect, our callback. */
    HttpResponse<String> logIn() {
        return get(approvedCallback());
    }

    /** The first two hops of {@link #logIn}: our callback, as the SSO's consent redirects to it. */
    String approvedCallback() {
        HttpResponse<String> toSso = get("api/v1/auth/login");
        return location(get(location(toSso)));
    }

    Optional<String> sessionToken() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("eveseat_session")).map(HttpCookie::getValue).findFirst();
    }

    static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElseThrow(() ->
                new AssertionError("expected a redirect, got " + response.statusCode() + " " + response.body()));
    }

    private URI resolve(String pathOrUrl) {
        return pathOrUrl.startsWith("http") ? URI.create(pathOrUrl) : base.resolve(pathOrUrl);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            if (origin != null) {
                request.header("Origin", origin);
            }
            HttpRequest built = request.build();
            try {
                return http.send(built, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                // the server closed a pooled connection just as it was reused (seen under load on 2 cores): the
                // request most likely never reached it, so it is sent once more on a new connection, as the client
                // itself does for GETs
                if (!String.valueOf(e.getMessage()).contains("EOF reached while reading")) {
                    throw e;
                }
                return http.send(built, HttpResponse.BodyHandlers.ofString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
