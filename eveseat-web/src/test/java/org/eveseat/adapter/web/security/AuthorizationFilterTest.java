package org.eveseat.adapter.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.security.Principal;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class AuthorizationFilterTest {
    static class Resources {
        @PublicEndpoint
        public void open() {
        }

        public void personal() {
        }

        @AdminOnly
        public void admin() {
        }
    }

    @Test
    void publicMethodsNeedNobody() throws Exception {
        assertThat(statusFor("open", null, false)).isNull();
    }

    @Test
    void everythingElseNeedsALoggedInCaller() throws Exception {
        assertThat(statusFor("personal", null, false)).isEqualTo(401);
        assertThat(statusFor("personal", () -> "7", false)).isNull();
    }

    @Test
    void adminMethodsNeedTheAdminGroup() throws Exception {
        assertThat(statusFor("admin", null, false)).isEqualTo(401);
        assertThat(statusFor("admin", () -> "7", false)).isEqualTo(403);
        assertThat(statusFor("admin", () -> "1", true)).isNull();
    }

    /** The status the filter aborted with, or null when it let the request through. */
    private static Integer statusFor(String method, Principal caller, boolean admin) throws Exception {
        ResourceInfo info = mock(ResourceInfo.class);
        when(info.getResourceMethod()).thenReturn(Resources.class.getMethod(method));
        when(info.getResourceClass()).thenAnswer(i -> Resources.class);
        SecurityContext security = mock(SecurityContext.class);
        when(security.getUserPrincipal()).thenReturn(caller);
        when(security.isUserInRole(SessionTokens.ADMIN_GROUP)).thenReturn(admin);
        ContainerRequestContext request = mock(ContainerRequestContext.class);
        when(request.getSecurityContext()).thenReturn(security);

        AuthorizationFilter filter = new AuthorizationFilter();
        filter.resource = info;
        filter.filter(request);

        ArgumentCaptor<Response> aborted = ArgumentCaptor.forClass(Response.class);
        try {
            verify(request).abortWith(aborted.capture());
            return aborted.getValue().getStatus();
        } catch (AssertionError notAborted) {
            verify(request, never()).abortWith(any());
            return null;
        }
    }
}
