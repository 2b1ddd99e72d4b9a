package org.eveseat.adapter.web.security;

import static org.eveseat.adapter.json.Jsonp.JSON;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

/** An RFC 9457 problem written by a servlet filter, before any JAX-RS resource (or Faces view) is reached. */
final class ProblemResponse {
    private ProblemResponse() {
    }

    static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json"); // JSON is UTF-8 by definition: no charset parameter
        response.getOutputStream().write(JSON.createObjectBuilder().add("type", "about:blank").add("title", title)
                .add("status", status).add("detail", detail).build().toString().getBytes(StandardCharsets.UTF_8));
    }
}
