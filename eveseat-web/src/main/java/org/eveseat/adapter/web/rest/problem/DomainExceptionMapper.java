package org.eveseat.adapter.web.rest.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.eveseat.domain.shared.ConflictException;
import org.eveseat.domain.shared.DomainException;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.NotPermittedException;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.shared.UpstreamUnavailableException;

/** The one place where domain failures get their HTTP status. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {
    @Override
    public Response toResponse(DomainException e) {
        return Problem.response(statusOf(e), e.getMessage());
    }

    static Status statusOf(DomainException e) {
        if (e instanceof NotFoundException) {
            return Status.NOT_FOUND;
        }
        if (e instanceof RuleViolationException) {
            return Status.BAD_REQUEST;
        }
        if (e instanceof ConflictException) {
            return Status.CONFLICT;
        }
        if (e instanceof NotPermittedException) {
            return Status.FORBIDDEN;
        }
        if (e instanceof UpstreamUnavailableException) {
            return Status.BAD_GATEWAY;
        }
        return Status.INTERNAL_SERVER_ERROR;
    }
}
