package org.eveseat.adapter.web.rest.guard;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;

import org.eveseat.domain.shared.RuleViolationException;

/**
 * The API's one check of what a request carries, before it is matched to a resource: a Content-Type that is a
 * media type, a path and query of at most {@link #MAX_ADDRESS_CHARS} whose text is {@link AcceptedText}, a body of at most {@link #MAX_BODY_BYTES} in
 * UTF-8 and, when it is JSON, a {@link JsonBodyCheck well-formed and bounded} document. So no resource can forget
 * it, and a request refused here has changed nothing.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestGuard implements ContainerRequestFilter {
    static final int MAX_BODY_BYTES = 1 << 20;
    /** Path and query together; the listener lets up to 64 KiB through so that this answer is a problem. */
    static final int MAX_ADDRESS_CHARS = 8 * 1024;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        MediaType type = mediaType(request);
        checkAddress(request.getUriInfo());
        if (request.hasEntity()) {
            byte[] body = read(request.getEntityStream(), request.getLength());
            if (type == null || type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                    || type.getSubtype().endsWith("+json")) {
                JsonBodyCheck.check(utf8(body));
            }
            request.setEntityStream(new ByteArrayInputStream(body));
        }
    }

    private static void checkAddress(UriInfo address) {
        URI raw = address.getRequestUri();
        int length = raw.getRawPath().length() + (raw.getRawQuery() == null ? 0 : raw.getRawQuery().length());
        if (length > MAX_ADDRESS_CHARS) {
            throw new WebApplicationException("path and query string are " + length + " characters long; at most "
                    + MAX_ADDRESS_CHARS + " are accepted", Status.REQUEST_URI_TOO_LONG);
        }
        if (!PercentEncodedUtf8.valid(raw.getRawPath()) || raw.getRawQuery() != null
                && !PercentEncodedUtf8.valid(raw.getRawQuery())) {
            throw new RuleViolationException("the path or query string is not valid percent-encoded UTF-8");
        }
        try {
            AcceptedText.check(address.getPath(true), "the path");
            for (Map.Entry<String, List<String>> parameter : address.getQueryParameters(true).entrySet()) {
                AcceptedText.check(parameter.getKey(), "a query parameter name");
                parameter.getValue().forEach(value -> AcceptedText.check(value, "query parameter "
                        + parameter.getKey()));
            }
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("the path or query string is not percent-encoded properly");
        }
    }

    private static MediaType mediaType(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        try {
            return header == null ? null : MediaType.valueOf(header);
        } catch (IllegalArgumentException e) {
            throw new WebApplicationException("Content-Type '" + header + "' is not a media type; send "
                    + MediaType.APPLICATION_JSON, Status.UNSUPPORTED_MEDIA_TYPE);
        }
    }

    private static byte[] read(InputStream in, int declaredLength) throws IOException {
        byte[] body = in.readNBytes(declaredLength > MAX_BODY_BYTES ? 0 : MAX_BODY_BYTES + 1);
        if (declaredLength > MAX_BODY_BYTES || body.length > MAX_BODY_BYTES) {
            drain(in);
            throw tooLarge();
        }
        return body;
    }

    /** Reads what the client is still sending (up to a bound), so that it is there to read the 413. */
    private static void drain(InputStream in) throws IOException {
        byte[] sink = new byte[64 * 1024];
        long left = 16L * MAX_BODY_BYTES;
        for (int read = 0; read >= 0 && left > 0; read = in.read(sink)) {
            left -= read;
        }
    }

    private static WebApplicationException tooLarge() {
        return new WebApplicationException("request body is larger than " + MAX_BODY_BYTES / 1024
                + " KiB", Status.REQUEST_ENTITY_TOO_LARGE);
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new RuleViolationException("request body is not valid UTF-8");
        }
    }
}
