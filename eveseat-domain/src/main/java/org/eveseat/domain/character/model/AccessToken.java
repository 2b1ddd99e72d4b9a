package org.eveseat.domain.character.model;

import java.time.Instant;

/** A short-lived EVE SSO access token, sent to ESI as a bearer token. */
public record AccessToken(String value, Instant expiresAt) {
    @Override
    public String toString() {
        return "AccessToken[expiresAt=" + expiresAt + "]";
    }
}
