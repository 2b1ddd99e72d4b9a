package org.eveseat.adapter.web.rest.problem;

import static org.eveseat.adapter.json.Jsonp.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Bean Validation failures: 400 listing each violation. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {
    @Override
    public Response toResponse(ConstraintViolationException e) {
        JsonArrayBuilder violations = JSON.createArrayBuilder();
        e.getConstraintViolations().forEach(v -> violations.add(JSON.createObjectBuilder()
                .add("field", String.valueOf(v.getPropertyPath()))
                .add("message", v.getMessage())));
        return Problem.response(Status.BAD_REQUEST, "the request is not valid",
                JSON.createObjectBuilder().add("violations", violations));
    }
}
