package org.eveseat.adapter.esi.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The ESI reference files kept in the repository (resources {@code /esi/} of eveseat-esi-spec: swagger.json, ENDPOINTS.md and
 * their SOURCE.md), read from the class path so that a clone of the repository alone runs every test.
 */
public final class EsiReferenceFiles {
    private static final String FOLDER = "/esi/";

    private EsiReferenceFiles() {
    }

    /** The file's text, e.g. {@code read("swagger.json")}. */
    public static String read(String name) {
        try (InputStream in = EsiReferenceFiles.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException(FOLDER + name + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
