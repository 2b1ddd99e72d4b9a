package org.eveseat.adapter.web.rest.auth;

import static org.eveseat.adapter.json.Jsonp.JSON;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eveseat.adapter.esi.sso.SsoSettings;
import org.eveseat.adapter.web.rest.problem.Problem;
import org.eveseat.adapter.web.security.PublicEndpoint;
import org.eveseat.adapter.web.security.ServerOrigin;
import org.eveseat.adapter.web.security.SessionCookie;
import org.eveseat.adapter.web.security.SessionPrincipal;
import org.eveseat.adapter.web.security.SessionTokens;
import org.eveseat.domain.character.model.Account;
import org.eveseat.domain.character.port.in.LinkCharacterCommand;
import org.eveseat.domain.character.port.in.LinkCharacterUseCase;
import org.eveseat.domain.character.port.in.LogoutUseCase;
import org.eveseat.domain.shared.AccountId;

/** EVE SSO login (authorization code + PKCE, state bound to the browser session), logout and who-am-I. */
@Path("v1/auth")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {
    @Inject
    SsoSettings sso;

    @Inject
    LinkCharacterUseCase linkCharacter;

    @Inject
    LogoutUseCase logout;

    @Inject
    SessionTokens sessions;

    @Inject
    @ConfigProperty(name = "eveseat.public-url")
    Optional<String> publicUrl;

    @Context
    UriInfo uri;

    @Context
    HttpServletRequest request;

    @Context
    SecurityContext security;

    @GET
    @Path("config")
    @PublicEndpoint
    public JsonObject config() {
        var scopes = JSON.createArrayBuilder();
        sso.scopes().forEach(scopes::add);
        return JSON.createObjectBuilder()
                .add("ssoConfigured", sso.isConfigured())
                .add("loginUrl", "/api/v1/auth/login")
                .add("callbackUrl", callbackUrl().toString())
                .add("scopes", scopes)
                .add("developersUrl", SsoSettings.DEVELOPERS_URL)
                .build();
    }

    @GET
    @Path("login")
    @PublicEndpoint
    public Response login() {
        if (!sso.isConfigured()) {
            return Problem.response(Response.Status.SERVICE_UNAVAILABLE,
                    "EVE SSO is not configured: register an application and set EVESEAT_SSO_CLIENT_ID and "
                            + "EVESEAT_SSO_CLIENT_SECRET (see GET /api/v1/auth/config)");
        }
        String verifier = Pkce.randomToken();
        Long signedIn = caller().map(p -> p.accountId().value()).orElse(null);
        var pending = new PendingLogin(Pkce.randomToken(), verifier, signedIn);
        request.getSession(true).setAttribute(PendingLogin.SESSION_ATTRIBUTE, pending);
        return Response.seeOther(sso.authorizeUrl(pending.state(), Pkce.challengeOf(verifier), callbackUrl())).build();
    }

    @GET
    @Path("callback")
    @PublicEndpoint
    public Response callback(@QueryParam("code") String code, @QueryParam("state") String state,
                             @QueryParam("error") String error) {
        Optional<PendingLogin> pending = takePendingLogin();
        if (pending.isEmpty() || state == null || !sameText(pending.get().state(), state)) {
            return Problem.response(Response.Status.BAD_REQUEST,
                    "this login does not belong to this browser session (state mismatch); start the login again");
        }
        if (error != null) {
            return Problem.response(Response.Status.BAD_REQUEST, "EVE SSO refused the login: " + error);
        }
        Optional<AccountId> signedIn = Optional.ofNullable(pending.get().signedInAccount()).map(AccountId::new);
        Account account = linkCharacter.link(new LinkCharacterCommand(code, pending.get().codeVerifier(), signedIn));
        var session = sessions.issue(account);
        return Response.seeOther(appRoot())
                .cookie(SessionCookie.issue(session.token(), session.expiresAt(), uri))
                .build();
    }

    @POST
    @Path("logout")
    public Response logout() {
        SessionPrincipal principal = caller().orElseThrow();
        logout.logout(principal.getTokenID(), Instant.ofEpochSecond(principal.getExpirationTime()));
        return Response.noContent().cookie(SessionCookie.clear(uri)).build();
    }

    private Optional<SessionPrincipal> caller() {
        return Optional.ofNullable(security.getUserPrincipal()).map(SessionPrincipal.class::cast);
    }

    private Optional<PendingLogin> takePendingLogin() {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Object pending = session.getAttribute(PendingLogin.SESSION_ATTRIBUTE);
        session.removeAttribute(PendingLogin.SESSION_ATTRIBUTE); // single use, whatever the outcome
        return pending instanceof PendingLogin login ? Optional.of(login) : Optional.empty();
    }

    /** From the public URL or the connection's own address: a Host header of the client's choosing never counts. */
    private URI callbackUrl() {
        return sso.callbackUrl(ServerOrigin.root(publicUrl, request));
    }

    /** Where the application is mounted (the REST base is {@code <root>/api/}), so any context root works. */
    private URI appRoot() {
        return uri.getBaseUri().resolve("..");
    }

    private static boolean sameText(String expected, String actual) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
    }
}
