package org.eveseat.adapter.web.ws;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;

import org.eclipse.microprofile.config.ConfigProvider;

import org.eveseat.adapter.web.security.ServerOrigin;
import org.eveseat.adapter.web.security.SessionCookie;

/**
 * Takes the session cookie from the upgrade request (the browser sends it; scripts cannot read it) into the
 * connection's properties, which WebSocket 2.1 keeps per connection. A handshake from a page of another origin is
 * marked, so a foreign site cannot ride on the user's cookie.
 */
public class HandshakeCookie extends ServerEndpointConfig.Configurator {
    static final String TOKEN = "eveseat.ws.token";
    static final String FOREIGN_ORIGIN = "eveseat.ws.foreignOrigin";

    @Override
    public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
        Map<String, List<String>> headers = request.getHeaders();
        String token = cookie(header(headers, "Cookie"));
        if (token != null) {
            config.getUserProperties().put(TOKEN, token);
        }
        String publicUrl = ConfigProvider.getConfig().getOptionalValue("eveseat.public-url", String.class).orElse(null);
        if (foreign(header(headers, "Origin"), header(headers, "Host"), publicUrl)) {
            config.getUserProperties().put(FOREIGN_ORIGIN, Boolean.TRUE);
        }
    }

    static String cookie(String header) {
        if (header == null) {
            return null;
        }
        for (String part : header.split(";")) {
            String pair = part.trim();
            if (pair.startsWith(SessionCookie.NAME + "=")) {
                String value = pair.substring(SessionCookie.NAME.length() + 1);
                return value.isBlank() ? null : value;
            }
        }
        return null;
    }

    /** Browsers always send Origin; clients without one pass, as do this host and the public URL behind a proxy. */
    static boolean foreign(String origin, String host, String publicUrl) {
        return origin != null && !ServerOrigin.isOwn(origin, host, Optional.ofNullable(publicUrl));
    }

    private static String header(Map<String, List<String>> headers, String name) {
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            if (header.getKey().equalsIgnoreCase(name) && !header.getValue().isEmpty()) {
                return String.join("; ", header.getValue());
            }
        }
        return null;
    }
}
