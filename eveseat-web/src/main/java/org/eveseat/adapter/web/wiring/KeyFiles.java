package org.eveseat.adapter.web.wiring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Secrets that EVESeat makes itself on first start and keeps under the data directory, readable by the owner only
 * (mode 600). Losing them means re-login for every character, so the README tells how to back them up.
 */
public final class KeyFiles {
    private static final Logger LOG = Logger.getLogger(KeyFiles.class.getName());

    private KeyFiles() {
    }

    /** Reads the file, or writes the generated content first if it does not exist yet. */
    public static String readOrCreate(Path file, Supplier<String> generate) {
        try {
            if (!Files.exists(file)) {
                createPrivateDirectory(file.getParent());
                write(file, generate.get());
            }
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create key file " + file, e);
        }
    }

    private static void createPrivateDirectory(Path dir) throws IOException {
        if (Files.exists(dir)) {
            return;
        }
        try {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createDirectories(dir);
        }
    }

    private static void write(Path file, String content) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException raced) {
            return; // another node or thread made it first; use theirs
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        Files.writeString(file, content, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        LOG.info(() -> "generated " + file + " (back it up: without it stored tokens cannot be read)");
    }
}
