package org.eveseat.adapter.web.spa;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.eveseat.adapter.web.rest.ContentCoding;

/**
 * The player app's built files under {@code /assets/}: their names carry a hash of their content, so they are
 * cached for a year and never asked for again; a new build has new names. The build also writes a gzip copy of
 * each script and style sheet ({@code .gz} beside it), sent to browsers that accept gzip: the app's scripts
 * shrink to about a third.
 */
@WebFilter(urlPatterns = "/assets/*", asyncSupported = true)
public class StaticAssetsFilter extends HttpFilter {
    static final String CACHE_FOR_A_YEAR = "public, max-age=31536000, immutable";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (!read || path.contains("..")) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Cache-Control", CACHE_FOR_A_YEAR);
        response.addHeader("Vary", "Accept-Encoding");
        InputStream gzipped = acceptsGzip(request) ? getServletContext().getResourceAsStream(path + ".gz") : null;
        if (gzipped == null) {
            chain.doFilter(request, response);
            return;
        }
        try (gzipped) {
            response.setContentType(getServletContext().getMimeType(path));
            response.setHeader("Content-Encoding", "gzip");
            if ("GET".equals(request.getMethod())) {
                gzipped.transferTo(response.getOutputStream());
            }
        }
    }

    static boolean acceptsGzip(HttpServletRequest request) {
        return ContentCoding.acceptsGzip(request.getHeader("Accept-Encoding"));
    }
}
