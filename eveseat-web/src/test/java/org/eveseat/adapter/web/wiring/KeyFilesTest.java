package org.eveseat.adapter.web.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyFilesTest {
    @TempDir
    Path dataDir;

    @Test
    void aMissingKeyIsGeneratedOnceWithOwnerOnlyPermissions() throws Exception {
        Path file = dataDir.resolve("keys/token.key");
        AtomicInteger generated = new AtomicInteger();

        String first = KeyFiles.readOrCreate(file, () -> "secret-" + generated.incrementAndGet());
        String second = KeyFiles.readOrCreate(file, () -> "secret-" + generated.incrementAndGet());

        assertThat(first).isEqualTo("secret-1").isEqualTo(second);
        assertThat(generated).hasValue(1);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
    }
}
