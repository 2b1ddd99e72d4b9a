package org.eveseat.adapter.web.error;

import java.util.Map;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.Response.Status;

/** What an error page says for a status the container answered: fixed sentences, never the container's text. */
public final class ErrorDetails {
    private static final Map<Integer, String> DETAILS = Map.of(
            400, "the request could not be read: its path, a header or its body is malformed",
            401, "this needs a logged-in session",
            403, "this is not allowed for this session",
            404, "nothing is served at this path",
            405, "this path does not take this HTTP method",
            408, "the request was not sent in time",
            413, "the request is too large",
            415, "the request's Content-Type is not one this path reads",
            431, "the request's headers are too large");

    private static final Pattern MEDIA_TYPE = Pattern.compile("\\s*[\\w.+-]+/[\\w.+-]+\\s*(;.*)?");

    private ErrorDetails() {
    }

    /** As {@link #of(int)}, naming a Content-Type that is no media type, the usual unreadable header. */
    static String of(int status, String contentType) {
        if (status == 400 && contentType != null && !MEDIA_TYPE.matcher(contentType).matches()) {
            return "the Content-Type '" + contentType + "' is not a media type such as application/json";
        }
        return of(status);
    }

    public static String of(int status) {
        if (status >= 500) {
            return "the server failed to answer this request";
        }
        return DETAILS.getOrDefault(status, "the request was refused");
    }

    static String title(int status) {
        Status known = Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : status == 431 ? "Request Header Fields Too Large" : "Error";
    }
}
