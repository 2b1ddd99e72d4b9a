package org.eveseat.adapter.web.rest.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.eveseat.adapter.web.error.ErrorDetails;

/** Unknown paths, wrong methods, unreadable bodies: JAX-RS's own errors, as problems too. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        if (original.getStatus() < 400) {
            return original;
        }
        return Problem.response(original.getStatusInfo(), detail(e, original.getStatus()));
    }

    /** Jersey's own messages only repeat the status ("HTTP 404 Not Found"): say what it means instead. */
    private static String detail(WebApplicationException e, int status) {
        String message = e.getMessage();
        return message == null || message.startsWith("HTTP " + status) ? ErrorDetails.of(status) : message;
    }
}
