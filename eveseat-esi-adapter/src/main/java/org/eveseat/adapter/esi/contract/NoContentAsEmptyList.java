package org.eveseat.adapter.esi.contract;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * ESI answers the items and bids of a public contract that is no longer outstanding with 204 and no body. The
 * port reports that as an empty list, and the gateway's page walk expects a list on page 1, so the 204 is read
 * as a page holding {@code []}.
 */
public class NoContentAsEmptyList implements ClientResponseFilter {
    private static final byte[] EMPTY_LIST = "[]".getBytes(StandardCharsets.UTF_8);

    @Override
    public void filter(ClientRequestContext request, ClientResponseContext response) {
        if (response.getStatus() == Response.Status.NO_CONTENT.getStatusCode()) {
            response.setStatus(Response.Status.OK.getStatusCode());
            response.getHeaders().putSingle(HttpHeaders.CONTENT_LENGTH, String.valueOf(EMPTY_LIST.length));
            response.setEntityStream(new ByteArrayInputStream(EMPTY_LIST));
        }
    }
}
