package org.eveseat.adapter.web.security;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses state-changing requests that the browser's session cookie would authenticate but that come from a page
 * of another site: its {@code Origin} (or, without one, its {@code Referer}) must be this server's. Browsers send
 * Origin with every POST, PUT, PATCH and DELETE, also same-origin ones; Bearer-token clients carry no ambient
 * credentials and are not concerned, nor are clients that send neither header (no browser does that cross-site).
 * Covers the API and the Faces console alike. Answers 403 problem+json, and nothing is changed.
 */
public class CrossSiteRequestFilter extends HttpFilter {
    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    Optional<String> publicUrl = Optional.empty();

    @Override
    public void init() {
        publicUrl = ConfigProvider.getConfig().getOptionalValue("eveseat.public-url", String.class);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String page = pageOf(request);
        if (page != null && cookieAuthenticated(request) && STATE_CHANGING.contains(request.getMethod())
                && !ServerOrigin.isOwn(page, request.getHeader("Host"), publicUrl)) {
            ProblemResponse.write(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", "cross-site request "
                    + "refused: a " + request.getMethod() + " with the session cookie must come from a page of this "
                    + "server, not " + page);
            return;
        }
        chain.doFilter(request, response);
    }

    private static String pageOf(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        return origin != null ? origin : request.getHeader("Referer");
    }

    private static boolean cookieAuthenticated(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        Cookie[] cookies = request.getCookies();
        return cookies != null && Arrays.stream(cookies).anyMatch(c -> SessionCookie.NAME.equals(c.getName()));
    }
}
