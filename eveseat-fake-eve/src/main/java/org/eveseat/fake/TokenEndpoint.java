package org.eveseat.fake;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code POST /v2/oauth/token} and {@code POST /v2/oauth/revoke}, for a web client with a secret. */
final class TokenEndpoint {

    private final FakeEveSso sso;
    private final AuthorizationCodes codes;
    private final RefreshTokens refreshTokens;

    TokenEndpoint(FakeEveSso sso, AuthorizationCodes codes, RefreshTokens refreshTokens) {
        this.sso = sso;
        this.codes = codes;
        this.refreshTokens = refreshTokens;
    }

    void token(HttpExchange exchange) throws IOException {
        HttpIo.requireMethod(exchange, "POST");
        authenticateClient(exchange);
        Map<String, String> form = HttpIo.form(exchange);
        requireSameClient(form);
        String grantType = form.getOrDefault("grant_type", "");
        Map<String, Object> response = switch (grantType) {
            case "authorization_code" -> authorizationCode(form);
            case "refresh_token" -> refreshToken(form);
            default -> throw HttpError.oauth(400, "unsupported_grant_type", "unsupported grant_type: " + grantType);
        };
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        HttpIo.sendJson(exchange, 200, response);
    }

    void revoke(HttpExchange exchange) throws IOException {
        HttpIo.requireMethod(exchange, "POST");
        authenticateClient(exchange);
        Map<String, String> form = HttpIo.form(exchange);
        requireSameClient(form);
        // RFC 7009: unknown tokens are not an error
        refreshTokens.revoke(form.get("token"));
        HttpIo.sendEmpty(exchange, 200);
    }

    private Map<String, Object> authorizationCode(Map<String, String> form) {
        AuthorizationCodes.Pending pending = codes.redeem(form.get("code"))
                .orElseThrow(() -> invalidGrant("Authorization code not found, already used or expired"));
        String verifier = form.get("code_verifier");
        if (verifier == null || !Pkce.challengeOf(verifier).equals(pending.codeChallenge())) {
            throw invalidGrant("code_verifier does not match the code_challenge");
        }
        String redirectUri = form.get("redirect_uri");
        if (redirectUri != null && !redirectUri.equals(pending.redirectUri())) {
            throw invalidGrant("redirect_uri does not match the authorization request");
        }
        return tokenResponse(pending.character(), refreshTokens.issue(pending.character()));
    }

    private Map<String, Object> refreshToken(Map<String, String> form) {
        RefreshTokens.Rotated rotated = refreshTokens.rotate(form.get("refresh_token"))
                .orElseThrow(() -> invalidGrant("Invalid refresh token. Token missing/expired."));
        SsoCharacter grant = rotated.grant();
        String scope = form.get("scope");
        if (scope != null && !scope.isBlank()) {
            // a refresh may narrow the scopes of the access token, never widen them
            Set<String> requested = Arrays.stream(scope.trim().split("\\s+")).collect(Collectors.toSet());
            if (!grant.scopes().containsAll(requested)) {
                throw HttpError.oauth(400, "invalid_scope", "requested scopes exceed the original grant");
            }
            grant = grant.withScopes(requested);
        }
        return tokenResponse(grant, rotated.refreshToken());
    }

    private Map<String, Object> tokenResponse(SsoCharacter grant, String refreshToken) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("access_token", sso.mintAccessToken(grant));
        json.put("expires_in", sso.accessTokenLifetime().toSeconds());
        json.put("token_type", "Bearer");
        json.put("refresh_token", refreshToken);
        return json;
    }

    private void authenticateClient(HttpExchange exchange) {
        String expected = "Basic " + Base64.getEncoder().encodeToString(
                (sso.clientId() + ":" + sso.clientSecret()).getBytes(StandardCharsets.UTF_8));
        if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            throw invalidClient();
        }
    }

    private void requireSameClient(Map<String, String> form) {
        String clientId = form.get("client_id");
        if (clientId != null && !clientId.equals(sso.clientId())) {
            throw invalidClient();
        }
    }

    private static HttpError invalidClient() {
        return HttpError.oauth(401, "invalid_client", "Client authentication failed")
                .withHeader("WWW-Authenticate", "Basic realm=\"EVE SSO\"");
    }

    private static HttpError invalidGrant(String description) {
        return HttpError.oauth(400, "invalid_grant", description);
    }
}
