package org.eveseat.fake;

import org.eveseat.adapter.esi.table.EsiOperationSpec;
import org.eveseat.adapter.esi.table.EsiOperationTable;
import org.eveseat.adapter.esi.table.EsiReferenceFiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ESI reference files of the repository ({@link EsiReferenceFiles}): the operations of ENDPOINTS.md section 2
 * and their definitions in swagger.json (2026-08-04).
 */
final class EsiSpec {

    /** One row of an ENDPOINTS.md section 2 table that names a path of the current spec. */
    record Operation(String method, String path, String scope, List<String> roles, boolean pages,
                     Integer cacheAge, boolean daily, String rateLimitGroup) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final Pattern ROW = Pattern.compile(
            "^\\| (GET|POST|PUT|DELETE) \\| `([^`]+)` \\|[^|]*\\| ([^|]*) \\| ([^|]*) \\| ([^|]*) \\| ([^|]*) \\| ([^|]*) \\|");
    private static final Pattern AGE = Pattern.compile("new: age (\\d+)");

    private final Map<String, Object> spec;

    private EsiSpec() {
        this.spec = asMap(Json.parse(EsiReferenceFiles.read("swagger.json")));
    }

    static EsiSpec load() {
        return new EsiSpec();
    }

    /** The operations of section 2, in the order listed; rows for routes absent from the spec are skipped. */
    List<Operation> operations() {
        String doc = EsiReferenceFiles.read("ENDPOINTS.md");
        String section = doc.substring(doc.indexOf("## 2."), doc.indexOf("## 3."));
        List<Operation> operations = new ArrayList<>();
        for (String line : section.lines().toList()) {
            Matcher row = ROW.matcher(line);
            if (!row.find()) {
                continue;
            }
            String scope = row.group(3).trim().replace("`", "");
            String roles = row.group(4).trim();
            Matcher age = AGE.matcher(row.group(6));
            String group = row.group(7).trim();
            operations.add(new Operation(row.group(1), row.group(2), scope.equals("public") ? null : scope,
                    roles.isEmpty() ? List.of() : List.of(roles.split(",\\s*")), row.group(5).contains("X-Pages"),
                    age.find() ? Integer.valueOf(age.group(1)) : null, row.group(6).contains("daily 11:05"),
                    group.isEmpty() ? null : group.substring(1, group.indexOf('`', 1))));
        }
        return operations;
    }

    /** An operation of the ESI table (a route built with {@link EsiRoute#of}), as a row of the list would give it. */
    static Operation fromTable(String key) {
        EsiOperationSpec op = EsiOperationTable.operation(key);
        return new Operation(op.method(), op.path(), op.scope(), op.roles(), op.paging() == EsiOperationSpec.Paging.PAGES,
                op.cache().seconds(), op.cache().daily(), op.rateLimit() == null ? null : op.rateLimit().group());
    }

    boolean hasOperation(String method, String path) {
        Map<String, Object> operations = asMap(asMap(spec.get("paths")).get(path));
        return operations != null && operations.containsKey(method.toLowerCase());
    }

    /** The operation object of swagger.json. */
    Map<String, Object> operation(Operation operation) {
        Map<String, Object> path = asMap(asMap(spec.get("paths")).get(operation.path()));
        if (path == null || !path.containsKey(operation.method().toLowerCase())) {
            throw new IllegalStateException(operation + " is not in swagger.json");
        }
        return asMap(path.get(operation.method().toLowerCase()));
    }

    /** The lowest 2xx status the operation declares. */
    int successStatus(Operation operation) {
        return asMap(operation(operation).get("responses")).keySet().stream().filter(code -> code.startsWith("2"))
                .mapToInt(Integer::parseInt).min().orElseThrow();
    }

    Map<String, Object> successResponse(Operation operation) {
        return asMap(asMap(operation(operation).get("responses")).get(String.valueOf(successStatus(operation))));
    }

    /** The schema of the success body, if it has one. */
    Optional<Map<String, Object>> responseSchema(Operation operation) {
        return Optional.ofNullable(asMap(successResponse(operation).get("content")))
                .map(content -> asMap(asMap(content.get("application/json")).get("schema")));
    }

    /** The response headers the spec declares for the success status. */
    List<String> responseHeaders(Operation operation) {
        Map<String, Object> headers = asMap(successResponse(operation).get("headers"));
        return headers == null ? List.of() : List.copyOf(headers.keySet());
    }

    /** {@code x-rate-limit} as {@code group}, {@code max-tokens}, {@code window-size}; null if none. */
    Map<String, Object> rateLimit(Operation operation) {
        return asMap(operation(operation).get("x-rate-limit"));
    }

    /** The SSO scope of the operation's security requirement, null for a public route. */
    String scope(Operation operation) {
        Object security = operation(operation).get("security");
        if (!(security instanceof List<?> requirements) || requirements.isEmpty()) {
            return null;
        }
        List<?> scopes = (List<?>) asMap(requirements.get(0)).get("OAuth2");
        return scopes == null || scopes.isEmpty() ? null : (String) scopes.get(0);
    }

    @SuppressWarnings("unchecked")
    List<String> requiredRoles(Operation operation) {
        return (List<String>) operation(operation).getOrDefault("x-required-roles", List.of());
    }

    Map<String, Object> schemas() {
        return asMap(asMap(spec.get("components")).get("schemas"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }
}
