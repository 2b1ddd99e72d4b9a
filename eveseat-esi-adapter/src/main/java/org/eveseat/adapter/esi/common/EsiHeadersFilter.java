package org.eveseat.adapter.esi.common;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;

/** Puts the headers CCP asks of every client on every call: the spec version and who is calling. */
public class EsiHeadersFilter implements ClientRequestFilter {
    private final EsiSettings settings;

    public EsiHeadersFilter(EsiSettings settings) {
        this.settings = settings;
    }

    @Override
    public void filter(ClientRequestContext request) {
        request.getHeaders().putSingle("X-Compatibility-Date", settings.compatibilityDate());
        request.getHeaders().putSingle("User-Agent", settings.userAgent());
        request.getHeaders().putSingle("Accept", "application/json");
    }
}
