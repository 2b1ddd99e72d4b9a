package org.eveseat.adapter.esi.spec;

import java.text.ParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.nimbusds.jose.util.JSONObjectUtils;

import org.eveseat.adapter.esi.table.EsiReferenceFiles;

/** The real ESI OpenAPI spec, as kept in the repository ({@link EsiReferenceFiles}). */
public final class EsiSpec {
    private static Map<String, Object> spec;

    private EsiSpec() {
    }

    public static synchronized Map<String, Object> load() {
        if (spec == null) {
            try {
                spec = JSONObjectUtils.parse(EsiReferenceFiles.read("swagger.json"));
            } catch (ParseException e) {
                throw new IllegalStateException("unreadable ESI spec swagger.json", e);
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
}
