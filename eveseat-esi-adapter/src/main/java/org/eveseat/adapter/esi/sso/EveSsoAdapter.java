package org.eveseat.adapter.esi.sso;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.Response;

import org.eveseat.adapter.esi.common.EsiSettings;
import org.eveseat.adapter.esi.common.RestClients;
import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.character.model.SsoGrant;
import org.eveseat.domain.character.port.out.EveSso;
import org.eveseat.domain.character.port.out.TokenRevokedException;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.shared.UpstreamUnavailableException;

/** EVE SSO v2 over MicroProfile REST Client: code exchange and refresh, each answer verified before use. */
@ApplicationScoped
public class EveSsoAdapter implements EveSso {
    private SsoSettings settings;
    private SsoTokenClient client;
    private SsoTokenVerifier verifier;

    protected EveSsoAdapter() {
    }

    @Inject
    public EveSsoAdapter(SsoSettings settings, EsiSettings esiSettings) {
        this.settings = settings;
        this.client = RestClients.build(SsoTokenClient.class, settings.baseUrl(), esiSettings);
        Clock clock = Clock.systemUTC();
        this.verifier = new SsoTokenVerifier(new SsoSigningKeys(client::jwks, clock), settings.acceptedIssuers(),
                settings.clientId(), clock);
    }

    @Override
    public SsoGrant exchangeCode(String code, String codeVerifier) {
        try {
            return grant(new Form().param("grant_type", "authorization_code").param("code", code)
                    .param("code_verifier", codeVerifier));
        } catch (TokenRevokedException e) {
            // invalid_grant here is the caller's code (used twice, expired or made up), not a stored token
            throw new RuleViolationException("EVE SSO refused the login code (" + e.getMessage()
                    + "): it was already used, has expired or is not valid; log in again");
        }
    }

    @Override
    public SsoGrant refresh(String refreshToken) {
        return grant(new Form().param("grant_type", "refresh_token").param("refresh_token", refreshToken));
    }

    private SsoGrant grant(Form form) {
        if (!settings.isConfigured()) {
            throw new RuleViolationException("EVE SSO is not configured: set EVESEAT_SSO_CLIENT_ID and _SECRET");
        }
        JsonObject body = post(form);
        String accessToken = body.getString("access_token");
        var verified = verifier.verify(accessToken);
        return new SsoGrant(verified.characterId(), verified.name(), verified.ownerHash(), verified.scopes(),
                new AccessToken(accessToken, verified.expiresAt()), body.getString("refresh_token"));
    }

    private JsonObject post(Form form) {
        String credentials = settings.clientId() + ":" + settings.clientSecret();
        String basic = "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
        try (Response response = client.token(basic, form)) {
            String text = response.readEntity(String.class);
            JsonObject body = parse(text);
            if (response.getStatus() == 200 && body != null && body.containsKey("access_token")) {
                return body;
            }
            String error = body == null ? "" : body.getString("error", "");
            if ("invalid_grant".equals(error)) {
                throw new TokenRevokedException(body.getString("error_description", "invalid_grant"));
            }
            if (response.getStatus() == 400 || response.getStatus() == 401) {
                throw new RuleViolationException("EVE SSO refused the request: " + error);
            }
            throw new UpstreamUnavailableException("EVE SSO answered " + response.getStatus() + " without a usable body");
        } catch (ProcessingException e) {
            throw new UpstreamUnavailableException("EVE SSO unreachable: " + e.getMessage(), e);
        }
    }

    private static JsonObject parse(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        } catch (JsonException | ClassCastException e) {
            return null;
        }
    }
}
