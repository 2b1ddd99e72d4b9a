package org.eveseat.adapter.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;

class CrossSiteRequestFilterTest {
    private static final String HOST = "seat.internal:8080";

    private final CrossSiteRequestFilter filter = new CrossSiteRequestFilter();
    private final FilterChain chain = mock(FilterChain.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    CrossSiteRequestFilterTest() throws Exception {
        filter.publicUrl = Optional.of("https://seat.example.org");
        when(response.getOutputStream()).thenReturn(new ServletOutputStream() {
            @Override
            public void write(int b) {
                body.write(b);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
            }
        });
    }

    @Test
    void aCookiePostFromAForeignPageIsRefusedWithAProblemAndGoesNoFurther() throws Exception {
        filter.doFilter(request("POST", "https://evil.example", null, true, null), response, chain);

        verify(chain, never()).doFilter(any(), any());
        verify(response).setStatus(403);
        verify(response).setContentType("application/problem+json");
        assertThat(body.toString(StandardCharsets.UTF_8)).contains("\"status\":403").contains("https://evil.example");
    }

    @Test
    void everyStateChangingMethodIsCheckedAndAnOpaqueOrigin() throws Exception {
        for (String method : new String[] {"PUT", "PATCH", "DELETE"}) {
            assertThat(passes(request(method, "https://evil.example", null, true, null))).as(method).isFalse();
        }
        assertThat(passes(request("POST", "null", null, true, null))).as("a sandboxed or privacy-stripped page")
                .isFalse();
        assertThat(passes(request("POST", null, "https://evil.example/page", true, null))).as("Referer only")
                .isFalse();
    }

    @Test
    void ownPagesBearerClientsReadsAndClientsWithoutOriginPass() throws Exception {
        assertThat(passes(request("POST", "http://" + HOST, null, true, null))).as("the address used").isTrue();
        assertThat(passes(request("POST", "https://seat.example.org", null, true, null))).as("the public URL")
                .isTrue();
        assertThat(passes(request("POST", null, "https://seat.example.org/admin/sync.xhtml", true, null)))
                .as("a console page's Referer").isTrue();
        assertThat(passes(request("POST", "https://evil.example", null, true, "Bearer abc"))).as("Bearer").isTrue();
        assertThat(passes(request("POST", "https://evil.example", null, false, null))).as("no cookie").isTrue();
        assertThat(passes(request("GET", "https://evil.example", null, true, null))).as("a read").isTrue();
        assertThat(passes(request("POST", null, null, true, null))).as("not a browser").isTrue();
    }

    private boolean passes(HttpServletRequest request) throws Exception {
        FilterChain next = mock(FilterChain.class);
        filter.doFilter(request, response, next);
        try {
            verify(next).doFilter(any(), any());
            return true;
        } catch (AssertionError e) {
            return false;
        }
    }

    private static HttpServletRequest request(String method, String origin, String referer, boolean cookie,
                                              String authorization) {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getMethod()).thenReturn(method);
        when(request.getHeader("Origin")).thenReturn(origin);
        when(request.getHeader("Referer")).thenReturn(referer);
        when(request.getHeader("Host")).thenReturn(HOST);
        when(request.getHeader("Authorization")).thenReturn(authorization);
        when(request.getCookies()).thenReturn(cookie ? new Cookie[] {new Cookie(SessionCookie.NAME, "t")} : null);
        return request;
    }
}
