package org.eveseat.fake;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code GET /v2/oauth/authorize}: checks the request, then approves it at once as the pilot set with
 * {@link FakeEveSso#loginAs}, granting the requested scopes that pilot approves, and redirects back.
 */
final class AuthorizeEndpoint {

    private final FakeEveSso sso;
    private final AuthorizationCodes codes;

    AuthorizeEndpoint(FakeEveSso sso, AuthorizationCodes codes) {
        this.sso = sso;
        this.codes = codes;
    }

    void handle(HttpExchange exchange) throws IOException {
        HttpIo.requireMethod(exchange, "GET");
        Map<String, String> query = HttpIo.query(exchange);
        require("code".equals(query.get("response_type")), "unsupported_response_type", "response_type must be code");
        require(sso.clientId().equals(query.get("client_id")), "invalid_client", "unknown client_id");
        String redirectUri = query.get("redirect_uri");
        require(isHttpUrl(redirectUri), "invalid_request", "redirect_uri must be an absolute http(s) URL");
        require(sso.callbackUrl() == null || sso.callbackUrl().equals(redirectUri),
                "invalid_request", "redirect_uri does not match the registered callback");
        String state = query.get("state");
        require(state != null && !state.isEmpty(), "invalid_request", "state is required");
        String challenge = query.get("code_challenge");
        require(challenge != null && challenge.matches("[A-Za-z0-9_-]{43,128}"),
                "invalid_request", "code_challenge must be base64url, 43 to 128 characters");
        require("S256".equals(query.get("code_challenge_method")),
                "invalid_request", "code_challenge_method must be S256");

        if (sso.takeDenyNextLogin()) {
            redirect(exchange, redirectUri, "error=access_denied&state=" + HttpIo.encode(state));
            return;
        }
        SsoCharacter pilot = sso.nextLogin();
        require(pilot != null, "login_required", "no character is logged in at the fake SSO");
        SsoCharacter granted = pilot.withScopes(approved(query.get("scope"), pilot.scopes()));
        String code = codes.issue(challenge, granted, redirectUri, sso.authorizationCodeLifetime());
        redirect(exchange, redirectUri, "code=" + HttpIo.encode(code) + "&state=" + HttpIo.encode(state));
    }

    private static Set<String> approved(String requested, Set<String> approvable) {
        if (requested == null || requested.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(requested.trim().split("\\s+")).filter(approvable::contains).collect(Collectors.toSet());
    }

    private static void redirect(HttpExchange exchange, String redirectUri, String query) throws IOException {
        String separator = redirectUri.contains("?") ? "&" : "?";
        exchange.getResponseHeaders().set("Location", redirectUri + separator + query);
        HttpIo.sendEmpty(exchange, 302);
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = value == null ? null : URI.create(value);
            return uri != null && uri.isAbsolute() && uri.getHost() != null
                    && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void require(boolean condition, String error, String description) {
        if (!condition) {
            throw HttpError.oauth(400, error, description);
        }
    }
}
