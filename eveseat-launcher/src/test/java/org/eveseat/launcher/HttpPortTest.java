package org.eveseat.launcher;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

class HttpPortTest {
    @Test
    void aPortHeldByAnotherProcessStopsTheStartWithAMessageNamingIt() throws Exception {
        try (ServerSocket holder = new ServerSocket()) {
            holder.bind(new InetSocketAddress(0));
            int port = holder.getLocalPort();

            assertThatThrownBy(() -> HttpPort.ensureFree(port)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("port " + port + " is in use").hasMessageContaining("EVESEAT_HTTP_PORT");
        }
    }

    @Test
    void aFreePortPasses() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }

        assertThatCode(() -> HttpPort.ensureFree(port)).doesNotThrowAnyException();
    }
}
