package org.eveseat.fake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An HTTP error answer with a JSON body, thrown from a handler and written by {@link FakeHttpServer}. */
public final class HttpError extends RuntimeException {

    private final int status;
    private final Map<String, Object> body;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private HttpError(int status, Map<String, Object> body) {
        super(status + " " + body);
        this.status = status;
        this.body = body;
    }

    /** OAuth 2.0 error body (RFC 6749 section 5.2), as answered by the EVE SSO. */
    public static HttpError oauth(int status, String error, String description) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("error_description", description);
        return new HttpError(status, body);
    }

    /** ESI's {@code Error} schema: {@code {"error": string, "status": int}}. */
    public static HttpError esi(int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        body.put("status", status);
        return new HttpError(status, body);
    }

    /**
     * 400 for a request that does not fit the spec, with an {@code ErrorDetail} saying where:
     * {@code {"error": ..., "status": 400, "details": [{"location": "body.subject", "message": ..., "value": ...}]}}.
     */
    public static HttpError invalid(String location, String message, Object value) {
        HttpError error = esi(400, "Invalid request: " + location + " " + message);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("location", location);
        detail.put("message", message);
        if (value != null) {
            detail.put("value", value);
        }
        error.body.put("details", List.of(detail));
        return error;
    }

    public HttpError withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public int status() {
        return status;
    }

    public Map<String, Object> body() {
        return body;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
