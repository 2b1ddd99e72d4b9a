package org.eveseat.adapter.web.rest;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON is UTF-8 (RFC 8259, section 8.1): a JSON body declared in another charset is refused with 415 before any
 * resource reads it, and so is any body in a charset the JVM does not know ({@code charset=EBCDIC} made the body
 * reader throw, a 500).
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 50)
public class JsonCharsetFilter implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        String charset = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset == null) {
            return;
        }
        if (isJson(type) && !charset.trim().equalsIgnoreCase(StandardCharsets.UTF_8.name())) {
            throw new WebApplicationException("a JSON body must be UTF-8, not charset '" + charset + "'",
                    Status.UNSUPPORTED_MEDIA_TYPE);
        }
        if (!known(charset.trim())) {
            throw new WebApplicationException("unknown charset '" + charset + "'; send UTF-8",
                    Status.UNSUPPORTED_MEDIA_TYPE);
        }
    }

    private static boolean known(String charset) {
        try {
            return Charset.isSupported(charset);
        } catch (IllegalCharsetNameException e) {
            return false;
        }
    }

    private static boolean isJson(MediaType type) {
        return type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.getSubtype().endsWith("+json");
    }
}
