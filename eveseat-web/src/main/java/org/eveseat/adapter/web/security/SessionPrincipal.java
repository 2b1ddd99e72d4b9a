package org.eveseat.adapter.web.security;

import java.util.Date;
import java.util.List;
import java.util.Set;

import com.nimbusds.jwt.JWTClaimsSet;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eveseat.domain.shared.AccountId;
import org.eveseat.domain.shared.Viewer;

/** The caller of a request, as a MicroProfile {@link JsonWebToken}: subject = account id, groups = roles. */
public class SessionPrincipal implements JsonWebToken {
    private final JWTClaimsSet claims;
    private final String rawToken;

    public SessionPrincipal(JWTClaimsSet claims, String rawToken) {
        this.claims = claims;
        this.rawToken = rawToken;
    }

    public AccountId accountId() {
        return new AccountId(Long.parseLong(claims.getSubject()));
    }

    public boolean isAdmin() {
        return getGroups().contains(SessionTokens.ADMIN_GROUP);
    }

    /** The same session as a user's: the account's admin role was taken away after the token was issued. */
    public SessionPrincipal withoutAdmin() {
        return new SessionPrincipal(new JWTClaimsSet.Builder(claims).claim("groups", List.of(SessionTokens.USER_GROUP))
                .build(), rawToken);
    }

    public Viewer viewer() {
        return new Viewer(accountId(), isAdmin());
    }

    @Override
    public String getName() {
        return claims.getSubject();
    }

    @Override
    public String getRawToken() {
        return rawToken;
    }

    @Override
    public Set<String> getClaimNames() {
        return claims.getClaims().keySet();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getClaim(String claimName) {
        if ("raw_token".equals(claimName)) {
            return (T) rawToken;
        }
        Object value = claims.getClaim(claimName);
        // MP-JWT gives time claims as epoch seconds; nimbus parses them into Dates
        return (T) (value instanceof Date date ? Long.valueOf(date.toInstant().getEpochSecond()) : value);
    }

    @Override
    public Set<String> getGroups() {
        Object groups = claims.getClaim("groups");
        return groups instanceof java.util.Collection<?> list
                ? Set.copyOf(list.stream().map(String::valueOf).toList()) : Set.of();
    }
}
