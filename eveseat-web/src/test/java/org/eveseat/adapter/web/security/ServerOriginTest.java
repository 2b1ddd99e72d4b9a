package org.eveseat.adapter.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.net.URI;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;

class ServerOriginTest {
    @Test
    void theRootIsThePublicUrlOrTheConnectionsOwnAddressNeverTheHostHeader() {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getHeader("Host")).thenReturn("evil.example");
        when(request.getLocalAddr()).thenReturn("10.0.0.5");
        when(request.getLocalPort()).thenReturn(8080);
        when(request.getContextPath()).thenReturn("/seat");

        assertThat(ServerOrigin.root(Optional.empty(), request)).isEqualTo(URI.create("http://10.0.0.5:8080/seat"));
        assertThat(ServerOrigin.root(Optional.of("https://seat.example.org/"), request))
                .isEqualTo(URI.create("https://seat.example.org"));
        when(request.getLocalAddr()).thenReturn("fd00:0:0:0:0:0:0:5");
        when(request.isSecure()).thenReturn(true);
        assertThat(ServerOrigin.root(Optional.empty(), request))
                .isEqualTo(URI.create("https://[fd00:0:0:0:0:0:0:5]:8080/seat"));
        for (String loopback : new String[] {"127.0.0.1", "0:0:0:0:0:0:0:1"}) {
            when(request.getLocalAddr()).thenReturn(loopback);
            assertThat(ServerOrigin.root(Optional.empty(), request)).as(loopback)
                    .isEqualTo(URI.create("https://localhost:8080/seat"));
        }
    }

    @Test
    void cookiesAreSecureOverHttpsOrBehindAnHttpsPublicUrl() {
        assertThat(ServerOrigin.secure(Optional.empty(), false)).isFalse();
        assertThat(ServerOrigin.secure(Optional.empty(), true)).isTrue();
        assertThat(ServerOrigin.secure(Optional.of("HTTPS://seat.example.org"), false)).isTrue();
        assertThat(ServerOrigin.secure(Optional.of("http://localhost:8080"), false)).isFalse();
    }
}
