package org.eveseat.adapter.web.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The browser carries the session token in an HttpOnly cookie that scripts cannot read. SameSite=Lax, because the
 * login ends with a top-level redirect back from EVE SSO; Secure whenever the request came in over https or the
 * public URL is https (TLS ended at a proxy).
 */
public final class SessionCookie {
    public static final String NAME = "eveseat_session";

    private SessionCookie() {
    }

    public static NewCookie issue(String token, Instant expiresAt, UriInfo uri) {
        int maxAge = (int) Math.max(0, Duration.between(Instant.now(), expiresAt).getSeconds());
        return build(token, maxAge, Date.from(expiresAt), uri);
    }

    public static NewCookie clear(UriInfo uri) {
        return build("", 0, new Date(0), uri);
    }

    private static NewCookie build(String value, int maxAge, Date expiry, UriInfo uri) {
        return new NewCookie.Builder(NAME).value(value).path("/").maxAge(maxAge).expiry(expiry)
                .httpOnly(true).secure(ServerOrigin.secure(ConfigProvider.getConfig().getOptionalValue(
                        "eveseat.public-url", String.class), "https".equals(uri.getBaseUri().getScheme())))
                .sameSite(NewCookie.SameSite.LAX).version(Cookie.DEFAULT_VERSION).build();
    }
}
