package org.eveseat.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class PayaraMicroProcessTest {
    @Test
    void thePublicUrlIsTheConfiguredOneOrLocalhostOnTheServersPort() {
        assertThat(PayaraMicroProcess.publicUrl(Map.of(), 8080)).isEqualTo("http://localhost:8080");
        assertThat(PayaraMicroProcess.publicUrl(Map.of("EVESEAT_PUBLIC_URL", " "), 18400))
                .isEqualTo("http://localhost:18400");
        assertThat(PayaraMicroProcess.publicUrl(Map.of("EVESEAT_PUBLIC_URL", "https://seat.example.org"), 8080))
                .isEqualTo("https://seat.example.org");
    }

    @Test
    void theServerIsToldNotToAnnounceItselfAndToMarkItsCookiesSameSite() {
        assertThat(PayaraMicroProcess.PRE_BOOT).contains("http-listener.http.server-header=false")
                .contains("https-listener.http.xpowered-by=false").contains("http-listener.http.cookie-same-site-value=Lax");
    }

    @Test
    void longAddressesAndBadPathBytesReachTheApplicationInsteadOfTheConnectorsBareRefusal() {
        assertThat(PayaraMicroProcess.PRE_BOOT).contains("http-listener.http.header-buffer-length-bytes=65536")
                .contains("https-listener.http.header-buffer-length-bytes=65536")
                .contains("http-listener.http.uri-encoding=ISO-8859-1");
    }
}
