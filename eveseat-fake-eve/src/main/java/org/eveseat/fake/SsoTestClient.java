package org.eveseat.fake;

import com.nimbusds.jose.util.JSONObjectUtils;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/** Drives the fake SSO over HTTP the way a web application does, for tests. */
public final class SsoTestClient {

    public static final String REDIRECT_URI = "http://localhost:8080/auth/callback";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final FakeEveSso sso;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    public SsoTestClient(FakeEveSso sso) {
        this.sso = sso;
    }

    public HttpClient http() {
        return http;
    }

    public HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The authorize request with PKCE; answers the raw response (302 on success). */
    public HttpResponse<String> authorize(String scope, String state, String verifier)
            throws IOException, InterruptedException {
        return get(sso.authorizeUrl() + "?response_type=code"
                + "&redirect_uri=" + HttpIo.encode(REDIRECT_URI)
                + "&client_id=" + HttpIo.encode(sso.clientId())
                + "&scope=" + HttpIo.encode(scope)
                + "&state=" + HttpIo.encode(state)
                + "&code_challenge=" + Pkce.challengeOf(verifier)
                + "&code_challenge_method=S256");
    }

    /** Authorizes and returns the code from the redirect. */
    public String authorizationCode(String scope, String verifier) throws IOException, InterruptedException {
        HttpResponse<String> response = authorize(scope, "some-state", verifier);
        String location = response.headers().firstValue("Location").orElseThrow();
        return HttpIo.parseForm(URI.create(location).getRawQuery()).get("code");
    }

    public HttpResponse<String> exchangeCode(String code, String verifier) throws IOException, InterruptedException {
        return postToken("grant_type=authorization_code&code=" + HttpIo.encode(code)
                + "&code_verifier=" + HttpIo.encode(verifier), basicAuth(sso.clientId(), sso.clientSecret()));
    }

    public HttpResponse<String> refresh(String refreshToken) throws IOException, InterruptedException {
        return postToken("grant_type=refresh_token&refresh_token=" + HttpIo.encode(refreshToken),
                basicAuth(sso.clientId(), sso.clientSecret()));
    }

    /** Logs in with a fresh verifier and returns the parsed token response. */
    public Map<String, Object> login(String scope) throws IOException, InterruptedException {
        String verifier = Pkce.newVerifier();
        return json(exchangeCode(authorizationCode(scope, verifier), verifier));
    }

    public HttpResponse<String> postToken(String form, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sso.tokenUrl()))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public static String basicAuth(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static Map<String, Object> json(HttpResponse<String> response) {
        try {
            return JSONObjectUtils.parse(response.body());
        } catch (ParseException e) {
            throw new IllegalStateException("not a JSON object: " + response.body(), e);
        }
    }
}
