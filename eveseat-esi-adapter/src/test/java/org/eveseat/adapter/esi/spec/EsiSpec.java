package org.eveseat.adapter.esi.spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.nimbusds.jose.util.JSONObjectUtils;

/** The real ESI OpenAPI spec from the shared reference data, found by walking up from the working directory. */
public final class EsiSpec {
    private static Map<String, Object> spec;

    private EsiSpec() {
    }

    public static synchronized Map<String, Object> load() {
        if (spec == null) {
            Path file = locate().orElseThrow(() -> new IllegalStateException(
                    "shared/esi/swagger.json not found above " + Path.of("").toAbsolutePath()));
            try {
                spec = JSONObjectUtils.parse(Files.readString(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ParseException e) {
                throw new IllegalStateException("unreadable ESI spec " + file, e);
            }
        }
        return spec;
    }

    @SuppressWarnings("unchecked")
    public static int operationCount() {
        return ((Map<String, Object>) load().get("paths")).values().stream()
                .mapToInt(item -> (int) ((Map<String, Object>) item).keySet().stream()
                        .filter(k -> Set.of("get", "post", "put", "delete", "patch").contains(k)).count())
                .sum();
    }

    /** The operation object for method and path, if the spec has it. */
    @SuppressWarnings("unchecked")
    public static Optional<Map<String, Object>> operation(String method, String path) {
        Map<String, Object> paths = (Map<String, Object>) load().get("paths");
        Map<String, Object> item = (Map<String, Object>) paths.get(path);
        return item == null ? Optional.empty() : Optional.ofNullable((Map<String, Object>) item.get(method.toLowerCase()));
    }

    static Optional<Path> locate() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            for (Path candidate : new Path[] {dir.resolve("shared/esi/swagger.json"),
                    dir.resolve("../shared/esi/swagger.json")}) {
                if (Files.isRegularFile(candidate)) {
                    return Optional.of(candidate.normalize());
                }
            }
        }
        return Optional.empty();
    }
}
