package org.eveseat.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;

/** The pre-boot commands the WAR carries for the launcher and the integration tests (payara/pre-boot.asadmin). */
class PreBootCommandsTest {
    @Test
    void theServerIsToldNotToAnnounceItselfAndToMarkItsCookiesSameSite() throws IOException {
        assertThat(IntegrationEnvironment.preBootOfTheWar()).contains("http-listener.http.server-header=false")
                .contains("https-listener.http.xpowered-by=false")
                .contains("http-listener.http.cookie-same-site-value=Lax");
    }

    @Test
    void longAddressesAndBadPathBytesReachTheApplicationInsteadOfTheConnectorsBareRefusal() throws IOException {
        assertThat(IntegrationEnvironment.preBootOfTheWar()).contains("http-listener.http.header-buffer-length-bytes=65536")
                .contains("https-listener.http.header-buffer-length-bytes=65536")
                .contains("http-listener.http.uri-encoding=ISO-8859-1");
    }

    @Test
    void everyCommandIsASetOfTheServersConfiguration() throws IOException {
        assertThat(IntegrationEnvironment.preBootOfTheWar().lines().filter(line -> !line.startsWith("#")))
                .hasSize(13).allMatch(line -> line.startsWith("set configs.config.server-config."));
    }
}
