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
    void theRootIsThePublicUrlOrTheConnectionsOwnAddressNeverAForeignHost() {
        HttpServletRequest request = request("evil.example", "10.0.0.5");
        assertThat(ServerOrigin.root(Optional.empty(), request)).isEqualTo(URI.create("http://10.0.0.5:8080/seat"));
        assertThat(ServerOrigin.root(Optional.of("https://seat.example.org/"), request))
                .isEqualTo(URI.create("https://seat.example.org"));
        for (String foreign : new String[] {"evil.example:8080", "10.0.0.5:9999", "localhost:1", "a@10.0.0.5:8080",
                "10.0.0.5:8080/x", "10.0.0.5:8080?x", "", "[::1"}) {
            assertThat(ServerOrigin.root(Optional.empty(), request(foreign, "10.0.0.5"))).as(foreign)
                    .isEqualTo(URI.create("http://10.0.0.5:8080/seat"));
        }
        assertThat(ServerOrigin.root(Optional.empty(), request(null, "fd00:0:0:0:0:0:0:5")))
                .isEqualTo(URI.create("http://[fd00:0:0:0:0:0:0:5]:8080/seat"));
    }

    @Test
    void aHostHeaderNamingThisConnectionOrLocalhostOnItsPortIsKept() {
        assertThat(ServerOrigin.root(Optional.empty(), request("localhost:8080", "127.0.0.1")))
                .isEqualTo(URI.create("http://localhost:8080/seat"));
        assertThat(ServerOrigin.root(Optional.empty(), request("10.0.0.5:8080", "10.0.0.5")))
                .isEqualTo(URI.create("http://10.0.0.5:8080/seat"));
        assertThat(ServerOrigin.root(Optional.empty(), request("[::1]:8080", "0:0:0:0:0:0:0:1")))
                .as("the same address, written differently").isEqualTo(URI.create("http://[0:0:0:0:0:0:0:1]:8080/seat"));
    }

    private static HttpServletRequest request(String host, String localAddress) {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getHeader("Host")).thenReturn(host);
        when(request.getLocalAddr()).thenReturn(localAddress);
        when(request.getLocalPort()).thenReturn(8080);
        when(request.getContextPath()).thenReturn("/seat");
        return request;
    }

    @Test
    void cookiesAreSecureOverHttpsOrBehindAnHttpsPublicUrl() {
        assertThat(ServerOrigin.secure(Optional.empty(), false)).isFalse();
        assertThat(ServerOrigin.secure(Optional.empty(), true)).isTrue();
        assertThat(ServerOrigin.secure(Optional.of("HTTPS://seat.example.org"), false)).isTrue();
        assertThat(ServerOrigin.secure(Optional.of("http://localhost:8080"), false)).isFalse();
    }
}
