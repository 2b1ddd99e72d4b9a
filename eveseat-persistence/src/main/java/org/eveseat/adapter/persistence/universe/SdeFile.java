package org.eveseat.adapter.persistence.universe;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/** A table of the static data shipped in the jar under {@code sde/}: one record a line after a header line. */
final class SdeFile {
    private SdeFile() {
    }

    /** Hands each record's two fields to {@code record}; a {@code .gz} file is unpacked on the way. */
    static void read(String name, String separator, Consumer<String[]> record) {
        read(name, separator, 2, record);
    }

    /** Like {@link #read(String, String, Consumer)} for records of {@code fields} fields, the last one free text. */
    static void read(String name, String separator, int fields, Consumer<String[]> record) {
        try (InputStream raw = SdeFile.class.getResourceAsStream("/sde/" + name)) {
            if (raw == null) {
                throw new IllegalStateException("static data file sde/" + name + " is missing from the class path");
            }
            InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            lines.readLine();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                record.accept(line.split(separator, fields));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("static data file sde/" + name + " could not be read", e);
        }
    }
}
