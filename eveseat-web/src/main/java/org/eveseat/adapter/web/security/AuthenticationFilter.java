package org.eveseat.adapter.web.security;

import java.security.Principal;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

import org.eveseat.adapter.web.rest.problem.Problem;

/**
 * Finds the session token (Bearer header for API clients, HttpOnly cookie for the browser), verifies it and puts
 * the caller into the security context. A token that is present but bad is refused outright rather than treated
 * as anonymous, so a client learns at once that it must log in again.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {
    private static final String BEARER = "Bearer ";

    @Inject
    SessionCheck sessions;

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<String> token = tokenOf(request);
        if (token.isEmpty()) {
            return;
        }
        Optional<SessionPrincipal> principal = sessions.principal(token.get());
        if (principal.isEmpty()) {
            request.abortWith(Problem.response(Status.UNAUTHORIZED, "session token is invalid, expired or logged out"));
            return;
        }
        request.setSecurityContext(new CallerContext(principal.get(), request.getSecurityContext().isSecure()));
    }

    private static Optional<String> tokenOf(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.of(header.substring(BEARER.length()).trim());
        }
        Cookie cookie = request.getCookies().get(SessionCookie.NAME);
        return cookie == null || cookie.getValue().isBlank() ? Optional.empty() : Optional.of(cookie.getValue());
    }

    private record CallerContext(SessionPrincipal principal, boolean secure) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return principal;
        }

        @Override
        public boolean isUserInRole(String role) {
            return principal.getGroups().contains(role);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return "MP-JWT";
        }
    }
}
