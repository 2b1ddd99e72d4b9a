package org.eveseat.adapter.web.security;

import java.net.URI;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The server's own address. The configured public URL ({@code EVESEAT_PUBLIC_URL}) when there is one; without it,
 * the address the connection arrived at (its local address and port), never the {@code Host} header, which the
 * client chooses. Origins are compared as scheme-less authorities ({@code host:port}).
 */
public final class ServerOrigin {
    private ServerOrigin() {
    }

    /** The application's root URL (with the context path, without a trailing slash). */
    public static URI root(Optional<String> publicUrl, HttpServletRequest request) {
        if (publicUrl.isPresent()) {
            String url = publicUrl.get();
            return URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        }
        String host = request.getLocalAddr();
        // on this machine the browser was pointed at localhost: the login's cookies belong to that name
        host = isLoopback(host) ? "localhost" : host.contains(":") ? "[" + host + "]" : host;
        return URI.create((request.isSecure() ? "https" : "http") + "://" + host + ":" + request.getLocalPort()
                + request.getContextPath());
    }

    private static boolean isLoopback(String address) {
        return address.startsWith("127.") || address.equals("::1") || address.equals("0:0:0:0:0:0:0:1");
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
