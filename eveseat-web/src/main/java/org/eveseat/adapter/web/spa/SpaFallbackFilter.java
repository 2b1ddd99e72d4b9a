package org.eveseat.adapter.web.spa;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * Serves the player app's {@code index.html} for the paths its router owns ({@code /wallet}, {@code /mail}, ...), so
 * a reload or a bookmark of such a page works. API, WebSocket, admin console and files (a dot in the last segment)
 * pass through untouched. Decided on the decoded path, so an escaped dot or slash cannot disguise a file or view.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SpaFallbackFilter extends HttpFilter {
    private static final List<String> SERVER_PREFIXES = List.of("/api", "/ws", "/admin", "/faces", "/jakarta.faces.resource",
            "/openapi", "/health", "/metrics", "/WEB-INF", "/META-INF");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isAppRoute(request)) {
            request.getRequestDispatcher("/index.html").forward(request, response);
        } else {
            chain.doFilter(request, response);
        }
    }

    static boolean isAppRoute(HttpServletRequest request) {
        // the container's decoded and normalised path: the raw URI would let /faces/admin/users%2exhtml pass as a route
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return "GET".equals(request.getMethod()) && !path.equals("/") && !path.isEmpty()
                && !path.substring(path.lastIndexOf('/')).contains(".")
                && SERVER_PREFIXES.stream().noneMatch(path::startsWith);
    }
}
