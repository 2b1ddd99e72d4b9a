package org.eveseat.adapter.esi.table;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the operations out of the OpenAPI document: the fields and ESI extensions {@link EsiOperationSpec} holds. */
final class SpecReader {
    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete");
    private static final String DAILY = "expires daily at 11:05";

    private SpecReader() {
    }

    static Map<String, EsiOperationSpec> operations(String swagger) {
        Map<String, EsiOperationSpec> operations = new LinkedHashMap<>();
        map(map(JsonText.parse(swagger)).get("paths")).forEach((path, item) -> map(item).forEach((method, op) -> {
            if (METHODS.contains(method)) {
                EsiOperationSpec spec = operation(method.toUpperCase(), path, map(op));
                operations.put(spec.key(), spec);
            }
        }));
        return operations;
    }

    private static EsiOperationSpec operation(String method, String path, Map<String, Object> op) {
        List<EsiOperationSpec.Parameter> parameters = parameters(op);
        Map<String, Object> responses = map(op.get("responses"));
        int success = responses.keySet().stream().filter(code -> code.startsWith("2")).mapToInt(Integer::parseInt)
                .min().orElse(200);
        Map<String, Object> headers = map(map(responses.get(String.valueOf(success))).getOrDefault("headers", Map.of()));
        return new EsiOperationSpec(method, path, (String) op.get("operationId"), scope(op), strings(op.get("x-required-roles")),
                rateLimit(map(op.get("x-rate-limit"))), cache(op), paging(op, parameters, headers), parameters, success,
                headers.containsKey("Content-Language"));
    }

    private static List<EsiOperationSpec.Parameter> parameters(Map<String, Object> op) {
        List<EsiOperationSpec.Parameter> parameters = new ArrayList<>();
        for (Object item : (List<?>) op.getOrDefault("parameters", List.of())) {
            Map<String, Object> p = map(item);
            if (!p.containsKey("$ref")) { // the shared ones: headers the transport sets itself
                parameters.add(new EsiOperationSpec.Parameter((String) p.get("name"), (String) p.get("in"),
                        Boolean.TRUE.equals(p.get("required"))));
            }
        }
        if (op.containsKey("requestBody")) {
            parameters.add(new EsiOperationSpec.Parameter("body", "body",
                    Boolean.TRUE.equals(map(op.get("requestBody")).get("required"))));
        }
        return parameters;
    }

    private static String scope(Map<String, Object> op) {
        for (Object requirement : (List<?>) op.getOrDefault("security", List.of())) {
            List<String> scopes = strings(map(requirement).get("OAuth2"));
            if (!scopes.isEmpty()) {
                return scopes.get(0);
            }
        }
        return null;
    }

    private static EsiOperationSpec.RateLimit rateLimit(Map<String, Object> limit) {
        if (limit == null) {
            return null;
        }
        String window = (String) limit.get("window-size");
        long amount = Long.parseLong(window.substring(0, window.length() - 1));
        return new EsiOperationSpec.RateLimit((String) limit.get("group"), ((Number) limit.get("max-tokens")).intValue(),
                window.endsWith("h") ? Duration.ofHours(amount) : Duration.ofMinutes(amount));
    }

    private static EsiOperationSpec.Cache cache(Map<String, Object> op) {
        if ("not-cached".equals(op.get("x-cache-mode"))) {
            return EsiOperationSpec.Cache.NONE;
        }
        if (String.valueOf(op.get("description")).contains(DAILY)) {
            return new EsiOperationSpec.Cache(null, true);
        }
        Object age = op.get("x-cache-age");
        return age == null ? EsiOperationSpec.Cache.NONE : new EsiOperationSpec.Cache(((Number) age).intValue(), false);
    }

    private static EsiOperationSpec.Paging paging(Map<String, Object> op, List<EsiOperationSpec.Parameter> parameters,
                                                  Map<String, Object> headers) {
        if ("cursor".equals(op.get("x-pagination"))) {
            return EsiOperationSpec.Paging.CURSOR;
        }
        if (headers.containsKey("X-Pages")) {
            return EsiOperationSpec.Paging.PAGES;
        }
        boolean fromId = parameters.stream().anyMatch(p -> p.name().equals("from_id"));
        return fromId ? EsiOperationSpec.Paging.FROM_ID : EsiOperationSpec.Paging.NONE;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return value == null ? List.of() : (List<String>) value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
