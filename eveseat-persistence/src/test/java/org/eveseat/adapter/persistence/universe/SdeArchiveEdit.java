package org.eveseat.adapter.persistence.universe;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** The shipped export with some of its files changed, as a test's newer (or broken) export. */
final class SdeArchiveEdit {
    private final Map<String, String> files = new LinkedHashMap<>();

    SdeArchiveEdit() {
        try (ZipInputStream zip = new ZipInputStream(new HttpOrFileStaticDataArchives().open("shipped"))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    SdeArchiveEdit change(String file, UnaryOperator<String> edit) {
        files.put(file, edit.apply(files.get(file)));
        return this;
    }

    SdeArchiveEdit remove(String file) {
        files.remove(file);
        return this;
    }

    InputStream zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(1);
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry("export/" + file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }
}
