package org.eveseat.fake;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.eveseat.fake.ledger.FakeNames;

/**
 * Stands in for login.eveonline.com: SSO v2 metadata, JWKS, authorize (auto-approved), token with
 * PKCE and refresh-token rotation, revoke. Access tokens are RS256 JWTs shaped like the real ones.
 */
public final class FakeEveSso extends FakeHttpServer {

    public static final String DEFAULT_CLIENT_ID = "eveseat-dev";
    public static final String DEFAULT_CLIENT_SECRET = "eveseat-dev-secret";
    public static final String METADATA_PATH = "/.well-known/oauth-authorization-server";
    public static final String JWKS_PATH = "/oauth/jwks";
    public static final String AUTHORIZE_PATH = "/v2/oauth/authorize";
    public static final String TOKEN_PATH = "/v2/oauth/token";
    public static final String REVOKE_PATH = "/v2/oauth/revoke";
    private static final Duration DEFAULT_ACCESS_TOKEN_LIFETIME = Duration.ofSeconds(1199);
    private static final Duration DEFAULT_AUTHORIZATION_CODE_LIFETIME = Duration.ofMinutes(5);

    private final String clientId;
    private final String clientSecret;
    private final SsoSigningKeys keys = new SsoSigningKeys();
    private final SsoTokenMinter minter;
    private final SsoTokenVerifier verifier;
    private final AuthorizationCodes codes = new AuthorizationCodes();
    private final RefreshTokens refreshTokens = new RefreshTokens();
    private final AuthorizeEndpoint authorizeEndpoint = new AuthorizeEndpoint(this, codes);
    private final TokenEndpoint tokenEndpoint = new TokenEndpoint(this, codes, refreshTokens);
    private final Map<Long, SsoCharacter> knownCharacters = new ConcurrentHashMap<>();
    private final EnumSet<TokenFault> nextTokenFaults = EnumSet.noneOf(TokenFault.class);
    private final AtomicInteger jwksFetches = new AtomicInteger();

    private volatile String issuer;
    private volatile String callbackUrl;
    private volatile Duration accessTokenLifetime = DEFAULT_ACCESS_TOKEN_LIFETIME;
    private volatile Duration authorizationCodeLifetime = DEFAULT_AUTHORIZATION_CODE_LIFETIME;
    private volatile SsoCharacter nextLogin;
    private volatile boolean denyNextLogin;

    public FakeEveSso() {
        this(0, DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET);
    }

    public FakeEveSso(String clientId, String clientSecret) {
        this(0, clientId, clientSecret);
    }

    /** @param port 0 for a free port */
    public FakeEveSso(int port, String clientId, String clientSecret) {
        super(port);
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.minter = new SsoTokenMinter(keys, clientId, this::issuer);
        this.verifier = new SsoTokenVerifier(keys, clientId, this::issuer);
    }

    @Override
    public FakeEveSso start() {
        super.start();
        return this;
    }

    // ---- configuration

    public String clientId() {
        return clientId;
    }

    public String clientSecret() {
        return clientSecret;
    }

    /** The {@code iss} of the tokens and the metadata; defaults to {@link #baseUrl()}. */
    public String issuer() {
        String configured = issuer;
        return configured != null ? configured : baseUrl();
    }

    /** For example {@code "https://login.eveonline.com"}, to test the application's production issuer check. */
    public FakeEveSso issuer(String issuer) {
        this.issuer = issuer;
        return this;
    }

    public String callbackUrl() {
        return callbackUrl;
    }

    /** The registered callback; when set, authorize requests must use exactly this redirect_uri. */
    public FakeEveSso callbackUrl(String callbackUrl) {
        this.callbackUrl = callbackUrl;
        return this;
    }

    public Duration accessTokenLifetime() {
        return accessTokenLifetime;
    }

    public FakeEveSso accessTokenLifetime(Duration lifetime) {
        this.accessTokenLifetime = lifetime;
        return this;
    }

    /** Issues tokens of that lifetime while the work runs, and the previous lifetime after, even when it fails. */
    public <T> T withAccessTokenLifetime(Duration lifetime, Supplier<T> work) {
        Duration before = accessTokenLifetime;
        accessTokenLifetime = lifetime;
        try {
            return work.get();
        } finally {
            accessTokenLifetime = before;
        }
    }

    public void withAccessTokenLifetime(Duration lifetime, Runnable work) {
        withAccessTokenLifetime(lifetime, () -> {
            work.run();
            return null;
        });
    }

    public Duration authorizationCodeLifetime() {
        return authorizationCodeLifetime;
    }

    public FakeEveSso authorizationCodeLifetime(Duration lifetime) {
        this.authorizationCodeLifetime = lifetime;
        return this;
    }

    /** The pilot who approves the following authorize requests; only these scopes can be granted. */
    public FakeEveSso loginAs(long characterId, String name, String ownerHash, Set<String> scopes) {
        return loginAs(new SsoCharacter(characterId, name, ownerHash, scopes));
    }

    public FakeEveSso loginAs(SsoCharacter character) {
        knownCharacters.put(character.characterId(), character);
        this.nextLogin = character;
        return this;
    }

    /** The next authorize request is cancelled by the pilot: redirect with {@code error=access_denied}. */
    public FakeEveSso denyNextLogin() {
        this.denyNextLogin = true;
        return this;
    }

    /**
     * Forgets what a test asked of it (the next login, denials, token faults, lifetimes) but keeps what the server
     * holds: signing keys, issued refresh tokens and known pilots.
     */
    public FakeEveSso resetBehaviour() {
        nextLogin = null;
        denyNextLogin = false;
        synchronized (nextTokenFaults) {
            nextTokenFaults.clear();
        }
        accessTokenLifetime = DEFAULT_ACCESS_TOKEN_LIFETIME;
        authorizationCodeLifetime = DEFAULT_AUTHORIZATION_CODE_LIFETIME;
        return this;
    }

    // ---- URLs

    public String metadataUrl() {
        return baseUrl() + METADATA_PATH;
    }

    public String jwksUrl() {
        return baseUrl() + JWKS_PATH;
    }

    public String authorizeUrl() {
        return baseUrl() + AUTHORIZE_PATH;
    }

    public String tokenUrl() {
        return baseUrl() + TOKEN_PATH;
    }

    public String revokeUrl() {
        return baseUrl() + REVOKE_PATH;
    }

    // ---- keys

    public String currentKeyId() {
        return keys.current().getKeyID();
    }

    /** Signs from now on with a new key under a new kid; the JWKS then lists only the new key. */
    public String rotateSigningKey() {
        return keys.rotate().getKeyID();
    }

    public int jwksFetchCount() {
        return jwksFetches.get();
    }

    // ---- grants

    /** Makes every refresh token of the character invalid, as when the pilot revokes the application. */
    public void revoke(long characterId) {
        refreshTokens.revokeAll(characterId);
    }

    /** Successful refresh_token grants for the character. */
    public int refreshCount(long characterId) {
        return refreshTokens.refreshCount(characterId);
    }

    /** An access token for calling the fake ESI directly, for a pilot set with loginAs or a made-up one. */
    public String mintAccessToken(long characterId, Set<String> scopes) {
        return mintAccessToken(character(characterId, scopes));
    }

    /** A refresh token as if the character had logged in with these scopes, for seeding stored tokens. */
    public String issueRefreshToken(long characterId, Set<String> scopes) {
        return refreshTokens.issue(character(characterId, scopes));
    }

    // ---- misbehaviour, each applies to the next minted access token only

    public FakeEveSso nextTokenTampered() {
        return nextTokenFault(TokenFault.TAMPERED);
    }

    public FakeEveSso nextTokenExpired() {
        return nextTokenFault(TokenFault.EXPIRED);
    }

    public FakeEveSso nextTokenWrongIssuer() {
        return nextTokenFault(TokenFault.WRONG_ISSUER);
    }

    public FakeEveSso nextTokenWrongAudience() {
        return nextTokenFault(TokenFault.WRONG_AUDIENCE);
    }

    public FakeEveSso nextTokenSignedWithUnknownKey() {
        return nextTokenFault(TokenFault.UNKNOWN_KEY);
    }

    // ---- validation, as ESI does it

    /** Tokens signed by a current or retired key of this SSO, with the right issuer and audience, not expired. */
    public AccessTokenClaims verifyAccessToken(String jwt) throws InvalidAccessTokenException {
        return verifier.verify(jwt);
    }

    public Optional<AccessTokenClaims> parseAccessToken(String jwt) {
        try {
            return Optional.of(verifier.verify(jwt));
        } catch (InvalidAccessTokenException e) {
            return Optional.empty();
        }
    }

    public boolean isValidAccessToken(String jwt) {
        return parseAccessToken(jwt).isPresent();
    }

    // ---- internals used by the endpoints

    SsoCharacter nextLogin() {
        return nextLogin;
    }

    boolean takeDenyNextLogin() {
        boolean deny = denyNextLogin;
        denyNextLogin = false;
        return deny;
    }

    String mintAccessToken(SsoCharacter grant) {
        Set<TokenFault> faults;
        synchronized (nextTokenFaults) {
            faults = nextTokenFaults.clone();
            nextTokenFaults.clear();
        }
        return minter.mint(grant, accessTokenLifetime, faults);
    }

    private FakeEveSso nextTokenFault(TokenFault fault) {
        synchronized (nextTokenFaults) {
            nextTokenFaults.add(fault);
        }
        return this;
    }

    private SsoCharacter character(long characterId, Set<String> scopes) {
        SsoCharacter known = knownCharacters.get(characterId);
        if (known != null) {
            return known.withScopes(scopes);
        }
        return new SsoCharacter(characterId, FakeNames.pilot(characterId), ownerHashOf(characterId), scopes);
    }

    /** Same shape as the real owner hash: base64 of a SHA-1 (28 characters). */
    static String ownerHashOf(long characterId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1")
                    .digest(("owner-" + characterId).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected void handle(HttpExchange exchange) throws IOException {
        switch (exchange.getRequestURI().getPath()) {
            case METADATA_PATH -> {
                HttpIo.requireMethod(exchange, "GET");
                HttpIo.sendJson(exchange, 200, metadata());
            }
            case JWKS_PATH -> {
                HttpIo.requireMethod(exchange, "GET");
                jwksFetches.incrementAndGet();
                HttpIo.sendJson(exchange, 200, keys.jwks());
            }
            case AUTHORIZE_PATH -> authorizeEndpoint.handle(exchange);
            case TOKEN_PATH -> tokenEndpoint.token(exchange);
            case REVOKE_PATH -> tokenEndpoint.revoke(exchange);
            default -> throw HttpError.oauth(404, "not_found", "no such endpoint");
        }
    }

    private Map<String, Object> metadata() {
        List<String> clientAuth = List.of("client_secret_basic", "client_secret_post", "client_secret_jwt");
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("issuer", issuer());
        json.put("authorization_endpoint", authorizeUrl());
        json.put("token_endpoint", tokenUrl());
        json.put("response_types_supported", List.of("code", "token"));
        json.put("jwks_uri", jwksUrl());
        json.put("revocation_endpoint", revokeUrl());
        json.put("subject_types_supported", List.of("public"));
        json.put("revocation_endpoint_auth_methods_supported", clientAuth);
        json.put("token_endpoint_auth_methods_supported", clientAuth);
        json.put("id_token_signing_alg_values_supported", List.of("HS256"));
        json.put("token_endpoint_auth_signing_alg_values_supported", List.of("HS256"));
        json.put("code_challenge_methods_supported", List.of("S256"));
        return json;
    }
}
