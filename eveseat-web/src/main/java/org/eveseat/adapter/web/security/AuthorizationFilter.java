package org.eveseat.adapter.web.security;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;

import org.eveseat.adapter.web.rest.problem.Problem;

/**
 * Deny by default: every resource method needs a logged-in caller unless marked {@link PublicEndpoint}, and
 * {@link AdminOnly} narrows it to admins. Works the same on every Jakarta REST implementation.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AuthorizationFilter implements ContainerRequestFilter {
    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null || marked(method, PublicEndpoint.class)) {
            return;
        }
        if (request.getSecurityContext().getUserPrincipal() == null) {
            request.abortWith(Problem.response(Status.UNAUTHORIZED, "log in first"));
            return;
        }
        if (marked(method, AdminOnly.class) && !request.getSecurityContext().isUserInRole(SessionTokens.ADMIN_GROUP)) {
            request.abortWith(Problem.response(Status.FORBIDDEN, "only admins may do this"));
        }
    }

    private boolean marked(Method method, Class<? extends Annotation> marker) {
        return method.isAnnotationPresent(marker) || resource.getResourceClass().isAnnotationPresent(marker);
    }
}
