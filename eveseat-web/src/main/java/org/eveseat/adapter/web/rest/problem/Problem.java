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
        String body = json(extra, status.getStatusCode(), status.getReasonPhrase(), detail);
        return Response.status(status).type(MEDIA_TYPE).entity(body).build();
    }

    /** The document itself, for answers written outside JAX-RS (the container's error pages). */
    public static String json(int status, String title, String detail) {
        return json(JSON.createObjectBuilder(), status, title, detail);
    }

    private static String json(JsonObjectBuilder extra, int status, String title, String detail) {
        return extra
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status)
                .add("detail", detail == null ? title : detail)
                .build().toString();
    }
}
