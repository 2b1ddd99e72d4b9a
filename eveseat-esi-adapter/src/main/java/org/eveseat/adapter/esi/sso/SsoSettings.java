package org.eveseat.adapter.esi.sso;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The EVE SSO application EVESeat is registered as. Without a client id and secret the server still runs; the
 * login page then explains how to register one.
 */
public record SsoSettings(URI baseUrl, Set<String> acceptedIssuers, String clientId, String clientSecret,
                          Optional<URI> publicUrl, List<String> scopes) {
    public static final String DEVELOPERS_URL = "https://developers.eveonline.com/applications";
    public static final String CALLBACK_PATH = "/api/v1/auth/callback";

    public SsoSettings {
        acceptedIssuers = Set.copyOf(acceptedIssuers);
        scopes = List.copyOf(scopes);
    }

    public boolean isConfigured() {
        return clientId != null && !clientId.isBlank() && clientSecret != null && !clientSecret.isBlank();
    }

    /** The configured public URL wins; without one, the address the browser used to reach us. */
    public URI callbackUrl(URI requestRoot) {
        String root = publicUrl.orElse(requestRoot).toString();
        return URI.create((root.endsWith("/") ? root.substring(0, root.length() - 1) : root) + CALLBACK_PATH);
    }

    public URI authorizeUrl(String state, String codeChallenge, URI callbackUrl) {
        return URI.create(baseUrl + "/v2/oauth/authorize"
                + "?response_type=code"
                + "&redirect_uri=" + encode(callbackUrl.toString())
                + "&client_id=" + encode(clientId)
                + "&scope=" + encode(String.join(" ", scopes))
                + "&code_challenge=" + encode(codeChallenge)
                + "&code_challenge_method=S256"
                + "&state=" + encode(state));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
