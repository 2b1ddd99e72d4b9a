package org.eveseat.adapter.web.spa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StaticAssetsFilterTest {
    private final ServletContext context = mock(ServletContext.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final FilterChain chain = mock(FilterChain.class);
    private final ByteArrayOutputStream sent = new ByteArrayOutputStream();

    private StaticAssetsFilter filter() throws ServletException, IOException {
        FilterConfig config = mock(FilterConfig.class);
        when(config.getServletContext()).thenReturn(context);
        StaticAssetsFilter filter = new StaticAssetsFilter();
        filter.init(config);
        when(response.getOutputStream()).thenReturn(new ServletOutputStream() {
            @Override
            public void write(int b) {
                sent.write(b);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
            }
        });
        when(request.getMethod()).thenReturn("GET");
        when(request.getServletPath()).thenReturn("/assets/index-abc123.js");
        return filter;
    }

    @Test
    void sendsTheGzipCopyCachedForAYear() throws Exception {
        StaticAssetsFilter filter = filter();
        when(request.getHeader("Accept-Encoding")).thenReturn("gzip, deflate, br");
        when(context.getResourceAsStream("/assets/index-abc123.js.gz"))
                .thenReturn(new ByteArrayInputStream("zipped".getBytes(StandardCharsets.UTF_8)));
        when(context.getMimeType("/assets/index-abc123.js")).thenReturn("text/javascript");

        filter.doFilter(request, response, chain);

        verify(response).setHeader("Cache-Control", StaticAssetsFilter.CACHE_FOR_A_YEAR);
        verify(response).setHeader("Content-Encoding", "gzip");
        verify(response).setContentType("text/javascript");
        verify(chain, never()).doFilter(request, response);
        assertThat(sent.toString(StandardCharsets.UTF_8)).isEqualTo("zipped");
    }

    @Test
    void withoutGzipOrWithoutACopyTheFileGoesOutAsItIs() throws Exception {
        StaticAssetsFilter filter = filter();
        when(request.getHeader("Accept-Encoding")).thenReturn("identity");

        filter.doFilter(request, response, chain);

        verify(response).setHeader("Cache-Control", StaticAssetsFilter.CACHE_FOR_A_YEAR);
        verify(response, never()).setHeader("Content-Encoding", "gzip");
        verify(chain).doFilter(request, response);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "gzip, deflate, br | true",
            "br;q=1.0, gzip;q=0.8 | true",
            "gzip;q=0 | false",
            "gzip;q=0.0, br | false",
            "x-gzipped | false",
            "identity | false"})
    void readsAcceptEncoding(String header, boolean gzip) {
        HttpServletRequest asking = mock(HttpServletRequest.class);
        when(asking.getHeader("Accept-Encoding")).thenReturn(header);
        assertThat(StaticAssetsFilter.acceptsGzip(asking)).isEqualTo(gzip);
    }
}
