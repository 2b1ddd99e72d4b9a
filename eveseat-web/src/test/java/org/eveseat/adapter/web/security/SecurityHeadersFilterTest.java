package org.eveseat.adapter.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {
    private final SecurityHeadersFilter filter = new SecurityHeadersFilter();

    @Test
    void everyAnswerCarriesThePolicyAndApiAnswersAreNotCached() throws Exception {
        HttpServletResponse api = answer("/api/v1/wallet");
        verify(api).setHeader("Content-Security-Policy", SecurityHeadersFilter.POLICY);
        verify(api).setHeader("X-Content-Type-Options", "nosniff");
        verify(api).setHeader("Referrer-Policy", "same-origin");
        verify(api).setHeader("Cache-Control", "no-store");

        HttpServletResponse page = answer("/assets/index.js");
        verify(page).setHeader("Content-Security-Policy", SecurityHeadersFilter.POLICY);
        verify(page, never()).setHeader("Cache-Control", "no-store");
    }

    @Test
    void thePolicyAllowsNoInlineOrForeignScriptAndEvesImages() {
        assertThat(SecurityHeadersFilter.POLICY).contains("script-src 'self';")
                .contains("img-src 'self' data: https://images.evetech.net;").contains("object-src 'none'")
                .contains("frame-ancestors 'none'").doesNotContain("unsafe-eval");
        assertThat(SecurityHeadersFilter.POLICY.split("script-src")[1].split(";")[0]).doesNotContain("unsafe-inline");
    }

    private HttpServletResponse answer(String path) throws Exception {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getRequestURI()).thenReturn(path);
        when(request.getContextPath()).thenReturn("");
        HttpServletResponse response = mock(HttpServletResponse.class);
        FilterChain chain = mock(FilterChain.class);
        filter.doFilter(request, response, chain);
        verify(chain).doFilter(request, response);
        return response;
    }
}
