package org.eveseat.adapter.web.rest.problem;

import static org.eveseat.adapter.json.Jsonp.JSON;

import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;

/** An RFC 9457 problem document; every error the API returns has this shape. */
public final class Problem {
    public static final String MEDIA_TYPE = "application/problem+json";

    private Problem() {
    }

    public static Response response(Response.StatusType status, String detail) {
        return response(status, detail, JSON.createObjectBuilder());
    }

    public static Response response(Response.StatusType status, String detail, JsonObjectBuilder extra) {
        var body = extra
                .add("type", "about:blank")
                .add("title", status.getReasonPhrase())
                .add("status", status.getStatusCode())
                .add("detail", detail == null ? status.getReasonPhrase() : detail)
                .build();
        return Response.status(status).type(MEDIA_TYPE).entity(body.toString()).build();
    }
}
