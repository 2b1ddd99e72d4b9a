package org.eveseat.adapter.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.eveseat.domain.character.model.Account;
import org.eveseat.domain.character.model.Role;
import org.eveseat.domain.shared.AccountId;
import org.junit.jupiter.api.Test;

class SessionTokensTest {
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final RSAKey KEY = newKey();

    private final SessionTokens tokens = tokensAt(NOW);
    private final Account admin = new Account(new AccountId(42), EnumSet.of(Role.USER, Role.ADMIN));

    @Test
    void anIssuedTokenVerifiesAndCarriesAccountGroupsAndSession() {
        var issued = tokens.issue(admin);
        SessionPrincipal principal = tokens.verify(issued.token()).orElseThrow();

        assertThat(principal.accountId()).isEqualTo(admin.id());
        assertThat(principal.getGroups()).isEqualTo(Set.of("user", "admin"));
        assertThat(principal.getTokenID()).isEqualTo(issued.sessionId());
        assertThat(principal.getExpirationTime()).isEqualTo(NOW.plus(Duration.ofMinutes(60)).getEpochSecond());
        assertThat(issued.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(60)));
    }

    @Test
    void aUserTokenHasNoAdminGroup() {
        var user = new Account(new AccountId(7), EnumSet.of(Role.USER));
        assertThat(tokens.verify(tokens.issue(user).token()).orElseThrow().isAdmin()).isFalse();
    }

    @Test
    void expiredTamperedForeignAndHmacTokensAreRefused() throws Exception {
        String token = tokens.issue(admin).token();
        assertThat(tokensAt(NOW.plus(Duration.ofMinutes(61))).verify(token)).isEmpty();

        String[] parts = token.split("\\.");
        String otherPayload = tokens.issue(new Account(new AccountId(1), EnumSet.of(Role.USER))).token().split("\\.")[1];
        assertThat(tokens.verify(parts[0] + "." + otherPayload + "." + parts[2])).isEmpty();

        var stranger = new SessionTokens(new SessionSigningKey(newKey()), Duration.ofMinutes(60), Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(tokens.verify(stranger.issue(admin).token())).isEmpty();

        SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), new JWTClaimsSet.Builder()
                .issuer("eveseat").audience("eveseat").subject("42").jwtID("x")
                .expirationTime(java.util.Date.from(NOW.plusSeconds(600))).build());
        hmac.sign(new MACSigner(new byte[32]));
        assertThat(tokens.verify(hmac.serialize())).isEmpty();
        assertThat(tokens.verify("garbage")).isEmpty();
    }

    @Test
    void forgedTimeClaimsAreRefused() throws Exception {
        assertThat(tokens.verify(signed(NOW, NOW.plusSeconds(600), null))).as("well formed").isPresent();
        assertThat(tokens.verify(signed(null, NOW.plusSeconds(600), null))).as("no iat").isEmpty();
        assertThat(tokens.verify(signed(NOW, null, null))).as("no exp").isEmpty();
        assertThat(tokens.verify(signed(NOW.plusSeconds(30), NOW.plusSeconds(600), null)))
                .as("iat within the skew").isPresent();
        assertThat(tokens.verify(signed(NOW.plus(Duration.ofMinutes(5)), NOW.plusSeconds(900), null)))
                .as("iat in the future").isEmpty();
        assertThat(tokens.verify(signed(NOW, NOW.plusSeconds(600), NOW.plus(Duration.ofMinutes(5)))))
                .as("nbf not reached").isEmpty();
        assertThat(tokens.verify(signed(NOW, NOW.plusSeconds(600), NOW.minusSeconds(5)))).as("nbf passed").isPresent();
        assertThat(tokens.verify(signed(NOW.minusSeconds(60), NOW.plus(Duration.ofDays(365)), null)))
                .as("a year's lifetime").isEmpty();
        assertThat(tokens.verify(signed(NOW.minus(Duration.ofMinutes(59)), NOW.plus(Duration.ofMinutes(2)), null)))
                .as("61 minutes for a 60-minute session").isEmpty();
    }

    /** A token signed with the server's own key (as a leaked key or a bug could produce), with these time claims. */
    private static String signed(Instant issued, Instant expires, Instant notBefore) throws Exception {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer("eveseat").audience("eveseat").subject("42")
                .jwtID("forged").claim("groups", java.util.List.of("user"));
        if (issued != null) {
            claims.issueTime(java.util.Date.from(issued));
        }
        if (expires != null) {
            claims.expirationTime(java.util.Date.from(expires));
        }
        if (notBefore != null) {
            claims.notBeforeTime(java.util.Date.from(notBefore));
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("test").build(), claims.build());
        jwt.sign(new RSASSASigner(KEY));
        return jwt.serialize();
    }

    private static SessionTokens tokensAt(Instant now) {
        return new SessionTokens(new SessionSigningKey(KEY), Duration.ofMinutes(60), Clock.fixed(now, ZoneOffset.UTC));
    }

    private static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID("test").generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
