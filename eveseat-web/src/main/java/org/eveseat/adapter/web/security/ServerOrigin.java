package org.eveseat.adapter.web.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The server's own address. The configured public URL ({@code EVESEAT_PUBLIC_URL}) when there is one; without it,
 * the address the connection arrived at (its local address and port), never a {@code Host} header naming another
 * server, which the client chooses. Origins are compared as authorities ({@code host:port}).
 */
public final class ServerOrigin {
    private ServerOrigin() {
    }

    /**
     * The application's root URL (with the context path, without a trailing slash). Without a public URL, the
     * {@code Host} header counts only when it names this connection's own address and port, or localhost on it;
     * otherwise the connection's address is used.
     */
    public static URI root(Optional<String> publicUrl, HttpServletRequest request) {
        if (publicUrl.isPresent()) {
            String url = publicUrl.get();
            return URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        }
        String scheme = request.isSecure() ? "https" : "http";
        String local = request.getLocalAddr();
        String host = request.getHeader("Host");
        String authority = namesThisServer(host, scheme, local, request.getLocalPort()) ? host
                : (local.contains(":") ? "[" + local + "]" : local) + ":" + request.getLocalPort();
        return URI.create(scheme + "://" + authority + request.getContextPath());
    }

    private static boolean namesThisServer(String host, String scheme, String localAddress, int localPort) {
        try {
            URI named = new URI(scheme + "://" + host);
            String name = named.getHost() == null ? "" : named.getHost().replaceAll("^\\[|\\]$", "");
            int port = named.getPort() != -1 ? named.getPort() : "https".equals(scheme) ? 443 : 80;
            return port == localPort && named.getRawUserInfo() == null && named.getRawPath().isEmpty()
                    && named.getRawQuery() == null && named.getRawFragment() == null
                    && (name.equalsIgnoreCase("localhost") || name.equalsIgnoreCase(localAddress));
        } catch (URISyntaxException | NullPointerException e) {
            return false;
        }
    }

    /** Whether cookies must be Secure: the request came over https or the public URL is https. */
    public static boolean secure(Optional<String> publicUrl, boolean requestSecure) {
        return requestSecure || publicUrl.map(url -> url.regionMatches(true, 0, "https:", 0, 6)).orElse(false);
    }

    /**
     * Whether a page of this origin (an {@code Origin} header, or a {@code Referer}) is this server's: the host the
     * request was addressed to, or the public URL's (behind a proxy that rewrites Host). {@code null} and anything
     * unparseable are foreign.
     */
    public static boolean isOwn(String origin, String host, Optional<String> publicUrl) {
        try {
            String authority = URI.create(origin).getRawAuthority();
            if (authority == null) {
                return false;
            }
            boolean sameHost = host != null && host.equalsIgnoreCase(authority);
            return sameHost || publicUrl.map(url -> authority.equalsIgnoreCase(URI.create(url).getRawAuthority()))
                    .orElse(false);
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }
}
