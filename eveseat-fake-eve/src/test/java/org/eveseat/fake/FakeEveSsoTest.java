package org.eveseat.fake;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FakeEveSsoTest {

    static final long CHARACTER_ID = 95465499L;
    static final String WALLET = "esi-wallet.read_character_wallet.v1";
    static final String SKILLS = "esi-skills.read_skills.v1";

    FakeEveSso sso;
    SsoTestClient client;

    @BeforeEach
    void start() {
        sso = new FakeEveSso("test-client", "test-secret").start();
        sso.loginAs(CHARACTER_ID, "Some Bloke", "8PmzCeTKb4VFUDrHLc/AeZXDSWM=", Set.of(WALLET, SKILLS));
        client = new SsoTestClient(sso);
    }

    @AfterEach
    void stop() {
        sso.stop();
    }

    @Test
    void metadataPointsAtTheFake() throws Exception {
        Map<String, Object> metadata = SsoTestClient.json(client.get(sso.metadataUrl()));

        assertThat(metadata)
                .containsEntry("issuer", sso.baseUrl())
                .containsEntry("authorization_endpoint", sso.baseUrl() + "/v2/oauth/authorize")
                .containsEntry("token_endpoint", sso.baseUrl() + "/v2/oauth/token")
                .containsEntry("jwks_uri", sso.baseUrl() + "/oauth/jwks")
                .containsEntry("revocation_endpoint", sso.baseUrl() + "/v2/oauth/revoke")
                .containsEntry("code_challenge_methods_supported", List.of("S256"));
    }

    @Test
    void authorizeRedirectsWithCodeAndState() throws Exception {
        HttpResponse<String> response = client.authorize(WALLET, "xyz-123", Pkce.newVerifier());

        assertThat(response.statusCode()).isEqualTo(302);
        URI location = URI.create(response.headers().firstValue("Location").orElseThrow());
        assertThat(location.toString()).startsWith(SsoTestClient.REDIRECT_URI + "?");
        Map<String, String> query = HttpIo.parseForm(location.getRawQuery());
        assertThat(query.get("code")).isNotBlank();
        assertThat(query).containsEntry("state", "xyz-123");
    }

    @Test
    void authorizeRejectsBadParameters() throws Exception {
        String challenge = Pkce.challengeOf(Pkce.newVerifier());
        String base = sso.authorizeUrl() + "?response_type=code&redirect_uri="
                + HttpIo.encode(SsoTestClient.REDIRECT_URI) + "&scope=" + WALLET + "&state=s";

        assertThat(client.get(base + "&client_id=other&code_challenge=" + challenge
                + "&code_challenge_method=S256").statusCode()).isEqualTo(400);
        assertThat(client.get(base + "&client_id=test-client").statusCode()).isEqualTo(400);
        assertThat(client.get(base + "&client_id=test-client&code_challenge=" + challenge
                + "&code_challenge_method=plain").statusCode()).isEqualTo(400);
        assertThat(client.get(base.replace("response_type=code", "response_type=token")
                + "&client_id=test-client&code_challenge=" + challenge + "&code_challenge_method=S256")
                .statusCode()).isEqualTo(400);
    }

    @Test
    void deniedLoginRedirectsWithAccessDenied() throws Exception {
        sso.denyNextLogin();

        HttpResponse<String> response = client.authorize(WALLET, "s1", Pkce.newVerifier());

        assertThat(response.headers().firstValue("Location").orElseThrow())
                .isEqualTo(SsoTestClient.REDIRECT_URI + "?error=access_denied&state=s1");
    }

    @Test
    void codeExchangeReturnsTokens() throws Exception {
        String verifier = Pkce.newVerifier();
        HttpResponse<String> response = client.exchangeCode(client.authorizationCode(WALLET, verifier), verifier);

        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, Object> json = SsoTestClient.json(response);
        assertThat(json).containsEntry("expires_in", 1199L).containsEntry("token_type", "Bearer");
        assertThat((String) json.get("refresh_token")).isNotBlank();
        assertThat(sso.isValidAccessToken((String) json.get("access_token"))).isTrue();
    }

    @Test
    void pkceMismatchIsRejected() throws Exception {
        String code = client.authorizationCode(WALLET, Pkce.newVerifier());

        HttpResponse<String> response = client.exchangeCode(code, Pkce.newVerifier());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(SsoTestClient.json(response)).containsEntry("error", "invalid_grant");
    }

    @Test
    void codeIsSingleUse() throws Exception {
        String verifier = Pkce.newVerifier();
        String code = client.authorizationCode(WALLET, verifier);

        assertThat(client.exchangeCode(code, verifier).statusCode()).isEqualTo(200);
        HttpResponse<String> again = client.exchangeCode(code, verifier);

        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(SsoTestClient.json(again)).containsEntry("error", "invalid_grant");
    }

    @Test
    void tokenEndpointRequiresClientCredentials() throws Exception {
        String form = "grant_type=refresh_token&refresh_token=whatever";

        HttpResponse<String> none = client.postToken(form, null);
        HttpResponse<String> wrong = client.postToken(form, SsoTestClient.basicAuth("test-client", "nope"));

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(SsoTestClient.json(none)).containsEntry("error", "invalid_client");
        assertThat(wrong.statusCode()).isEqualTo(401);
    }

    @Test
    void refreshRotatesTheRefreshToken() throws Exception {
        String first = (String) client.login(WALLET).get("refresh_token");

        HttpResponse<String> refreshed = client.refresh(first);
        String second = (String) SsoTestClient.json(refreshed).get("refresh_token");

        assertThat(refreshed.statusCode()).isEqualTo(200);
        assertThat(second).isNotEqualTo(first);
        HttpResponse<String> reused = client.refresh(first);
        assertThat(reused.statusCode()).isEqualTo(400);
        assertThat(SsoTestClient.json(reused)).containsEntry("error", "invalid_grant");
        assertThat(client.refresh(second).statusCode()).isEqualTo(200);
        assertThat(sso.refreshCount(CHARACTER_ID)).isEqualTo(2);
    }

    @Test
    void revokedCharacterCannotRefresh() throws Exception {
        String refreshToken = (String) client.login(WALLET).get("refresh_token");
        String seeded = sso.issueRefreshToken(CHARACTER_ID, Set.of(WALLET));

        sso.revoke(CHARACTER_ID);

        assertThat(SsoTestClient.json(client.refresh(refreshToken))).containsEntry("error", "invalid_grant");
        assertThat(client.refresh(seeded).statusCode()).isEqualTo(400);
        assertThat(sso.refreshCount(CHARACTER_ID)).isZero();
    }

    @Test
    void accessTokenVerifiesAgainstTheJwksAndCarriesTheEveClaims() throws Exception {
        String token = (String) client.login(WALLET + " " + SKILLS + " esi-mail.read_mail.v1").get("access_token");

        SignedJWT jwt = SignedJWT.parse(token);
        RSAKey key = servedKey(jwt.getHeader().getKeyID());
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(jwt.getHeader().getKeyID()).isEqualTo("JWT-Signature-Key");
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo("CHARACTER:EVE:" + CHARACTER_ID);
        assertThat(claims.getStringListClaim("scp")).containsExactlyInAnyOrder(WALLET, SKILLS);
        assertThat(claims.getAudience()).containsExactly("test-client", "EVE Online");
        assertThat(claims.getIssuer()).isEqualTo(sso.baseUrl());
        assertThat(claims.getStringClaim("azp")).isEqualTo("test-client");
        assertThat(claims.getStringClaim("kid")).isEqualTo("JWT-Signature-Key");
        assertThat(claims.getStringClaim("tenant")).isEqualTo("tranquility");
        assertThat(claims.getStringClaim("tier")).isEqualTo("live");
        assertThat(claims.getStringClaim("region")).isEqualTo("world");
        assertThat(claims.getStringClaim("name")).isEqualTo("Some Bloke");
        assertThat(claims.getStringClaim("owner")).isEqualTo("8PmzCeTKb4VFUDrHLc/AeZXDSWM=");
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()).isEqualTo(1_199_000L);
    }

    @Test
    void singleScopeIsAPlainString() throws Exception {
        String token = (String) client.login(WALLET).get("access_token");

        assertThat(SignedJWT.parse(token).getJWTClaimsSet().getClaim("scp")).isEqualTo(WALLET);
        assertThat(sso.parseAccessToken(token).orElseThrow().scopes()).containsExactly(WALLET);
    }

    @Test
    void issuerIsConfigurable() throws Exception {
        sso.issuer("https://login.eveonline.com");

        String token = sso.mintAccessToken(CHARACTER_ID, Set.of(WALLET));

        assertThat(SignedJWT.parse(token).getJWTClaimsSet().getIssuer()).isEqualTo("https://login.eveonline.com");
        assertThat(SsoTestClient.json(client.get(sso.metadataUrl())))
                .containsEntry("issuer", "https://login.eveonline.com");
        assertThat(sso.isValidAccessToken(token)).isTrue();
    }

    @Test
    void rotatedKeyIsServedUnderANewKid() throws Exception {
        client.get(sso.jwksUrl());
        String newKid = sso.rotateSigningKey();

        String token = sso.mintAccessToken(CHARACTER_ID, Set.of(WALLET));
        SignedJWT jwt = SignedJWT.parse(token);

        assertThat(newKid).isNotEqualTo("JWT-Signature-Key");
        assertThat(jwt.getHeader().getKeyID()).isEqualTo(newKid);
        assertThat(jwt.verify(new RSASSAVerifier(servedKey(newKid)))).isTrue();
        assertThat(sso.jwksFetchCount()).isEqualTo(2);
    }

    @Test
    void misbehavingTokensAreDetectable() throws Exception {
        String tampered = sso.nextTokenTampered().mintAccessToken(CHARACTER_ID, Set.of(WALLET));
        String expired = sso.nextTokenExpired().mintAccessToken(CHARACTER_ID, Set.of(WALLET));
        String wrongIssuer = sso.nextTokenWrongIssuer().mintAccessToken(CHARACTER_ID, Set.of(WALLET));
        String wrongAudience = sso.nextTokenWrongAudience().mintAccessToken(CHARACTER_ID, Set.of(WALLET));
        String unknownKey = sso.nextTokenSignedWithUnknownKey().mintAccessToken(CHARACTER_ID, Set.of(WALLET));
        String good = sso.mintAccessToken(CHARACTER_ID, Set.of(WALLET));

        assertThat(SignedJWT.parse(tampered).verify(new RSASSAVerifier(servedKey("JWT-Signature-Key")))).isFalse();
        assertThat(SignedJWT.parse(expired).getJWTClaimsSet().getExpirationTime()).isInThePast();
        assertThat(SignedJWT.parse(wrongIssuer).getJWTClaimsSet().getIssuer()).isNotEqualTo(sso.issuer());
        assertThat(SignedJWT.parse(wrongAudience).getJWTClaimsSet().getAudience()).doesNotContain("test-client");
        String unknownKid = SignedJWT.parse(unknownKey).getHeader().getKeyID();
        assertThat(JWKSet.parse(client.get(sso.jwksUrl()).body()).getKeyByKeyId(unknownKid)).isNull();
        for (String bad : List.of(tampered, expired, wrongIssuer, wrongAudience, unknownKey)) {
            assertThat(sso.isValidAccessToken(bad)).as(bad).isFalse();
        }
        assertThat(sso.isValidAccessToken(good)).isTrue();
    }

    @Test
    void resetForgetsWhatATestAskedButKeepsIssuedRefreshTokens() throws Exception {
        String refreshToken = (String) client.login(WALLET).get("refresh_token");
        sso.accessTokenLifetime(Duration.ofSeconds(2)).denyNextLogin().nextTokenExpired();

        sso.resetBehaviour();

        assertThat(sso.accessTokenLifetime()).isEqualTo(Duration.ofSeconds(1199));
        assertThat(client.authorize(WALLET, "s2", Pkce.newVerifier()).body()).contains("login_required");
        Map<String, Object> refreshed = SsoTestClient.json(client.refresh(refreshToken));
        assertThat(refreshed).containsEntry("expires_in", 1199L);
        assertThat(sso.isValidAccessToken((String) refreshed.get("access_token"))).isTrue();
    }

    private RSAKey servedKey(String kid) throws Exception {
        return JWKSet.parse(client.get(sso.jwksUrl()).body()).getKeyByKeyId(kid).toRSAKey();
    }
}
