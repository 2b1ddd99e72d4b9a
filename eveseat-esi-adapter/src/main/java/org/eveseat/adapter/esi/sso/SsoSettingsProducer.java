package org.eveseat.adapter.esi.sso;

import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eveseat.adapter.esi.common.EsiOperations;

/** Reads the EVE SSO application from MicroProfile Config ({@code EVESEAT_SSO_*}, {@code EVESEAT_PUBLIC_URL}). */
@ApplicationScoped
public class SsoSettingsProducer {
    @Inject
    @ConfigProperty(name = "eveseat.sso.base-url", defaultValue = "https://login.eveonline.com")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "eveseat.sso.issuer")
    Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "eveseat.sso.client-id")
    Optional<String> clientId;

    @Inject
    @ConfigProperty(name = "eveseat.sso.client-secret")
    Optional<String> clientSecret;

    /** Unset: every scope of the ESI operations ({@link EsiOperations#scopes()}); set it to ask for fewer. */
    @Inject
    @ConfigProperty(name = "eveseat.sso.scopes")
    Optional<String> scopes;

    @Inject
    @ConfigProperty(name = "eveseat.public-url")
    Optional<String> publicUrl;

    @Produces
    @Singleton
    SsoSettings settings() {
        URI base = URI.create(stripSlash(baseUrl));
        return new SsoSettings(base, issuers(base), clientId.orElse(null), clientSecret.orElse(null),
                publicUrl.map(url -> URI.create(stripSlash(url))), requestedScopes(scopes));
    }

    /** The configured scopes (space- or comma-separated), or all the product uses when none are configured. */
    static List<String> requestedScopes(Optional<String> configured) {
        return configured.map(String::trim).filter(list -> !list.isEmpty())
                .map(list -> List.of(list.split("[\\s,]+"))).orElseGet(EsiOperations::scopes);
    }

    /** EVE SSO has issued tokens with and without scheme and trailing slash; all name the same issuer. */
    private Set<String> issuers(URI base) {
        String configured = issuer.map(SsoSettingsProducer::stripSlash).orElse(base.toString());
        Set<String> accepted = new LinkedHashSet<>(Arrays.asList(configured, configured + "/"));
        URI parsed = URI.create(configured);
        if (parsed.getHost() != null) {
            accepted.add(parsed.getAuthority());
        }
        return accepted;
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
