package org.eveseat.fake.ledger;

import org.eveseat.fake.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Test resources under {@code org/eveseat/fake/}: real ESI answers the defaults start from. */
final class Resources {

    private Resources() {
    }

    static String text(String name) {
        String resource = "/org/eveseat/fake/" + name;
        try (InputStream in = Resources.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Object json(String name) {
        return Json.parse(text(name));
    }

    static List<?> list(String name) {
        return (List<?>) json(name);
    }
}
