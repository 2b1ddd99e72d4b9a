package org.eveseat.adapter.web.rest.problem;

import jakarta.json.Json;
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
        JsonArrayBuilder violations = Json.createArrayBuilder();
        e.getConstraintViolations().forEach(v -> violations.add(Json.createObjectBuilder()
                .add("field", String.valueOf(v.getPropertyPath()))
                .add("message", v.getMessage())));
        return Problem.response(Status.BAD_REQUEST, "the request is not valid",
                Json.createObjectBuilder().add("violations", violations));
    }
}
