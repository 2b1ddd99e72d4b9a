package org.eveseat.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void thePreBootCommandsAreTheOnesTheWarCarries(@TempDir Path dir) throws IOException {
        Path war = dir.resolve("eveseat-web.war");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(war))) {
            zip.putNextEntry(new ZipEntry(PayaraMicroProcess.PRE_BOOT_ENTRY));
            zip.write("set configs.config.server-config.a=b\n".getBytes(StandardCharsets.UTF_8));
        }

        assertThat(PayaraMicroProcess.preBootCommands(war)).isEqualTo("set configs.config.server-config.a=b\n");
    }

    @Test
    void aWarWithoutPreBootCommandsIsReported(@TempDir Path dir) throws IOException {
        Path war = dir.resolve("eveseat-web.war");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(war))) {
            zip.putNextEntry(new ZipEntry("WEB-INF/web.xml"));
        }

        assertThatThrownBy(() -> PayaraMicroProcess.preBootCommands(war)).isInstanceOf(IOException.class)
                .hasMessageContaining(PayaraMicroProcess.PRE_BOOT_ENTRY);
    }
}
