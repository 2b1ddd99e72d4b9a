package org.eveseat.fake;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One ESI operation: method, path template as in swagger.json (e.g. {@code /characters/{character_id}/wallet}),
 * the SSO scope it needs (null for a public route), its rate-limit group (null if none), its cache time,
 * and the handler producing the JSON body.
 */
public record EsiRoute(String method, String pathTemplate, String requiredScope, RateLimitGroup rateLimitGroup,
                       Duration cacheTime, Handler handler) {

    @FunctionalInterface
    public interface Handler {
        /** The JSON body of the 200 answer; throw {@link HttpError#esi} for an error answer. */
        String body(EsiRequest request);
    }

    public static EsiRoute get(String pathTemplate, String requiredScope, RateLimitGroup rateLimitGroup,
                               Duration cacheTime, Handler handler) {
        return new EsiRoute("GET", pathTemplate, requiredScope, rateLimitGroup, cacheTime, handler);
    }

    /** The path parameters when method and path match this route. */
    Optional<Map<String, String>> match(String requestMethod, String path) {
        String[] expected = pathTemplate.split("/");
        String[] actual = path.split("/");
        if (!method.equalsIgnoreCase(requestMethod) || expected.length != actual.length) {
            return Optional.empty();
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < expected.length; i++) {
            boolean parameter = expected[i].startsWith("{") && expected[i].endsWith("}");
            if (parameter && !actual[i].isEmpty()) {
                params.put(expected[i].substring(1, expected[i].length() - 1), actual[i]);
            } else if (!expected[i].equals(actual[i])) {
                return Optional.empty();
            }
        }
        return Optional.of(params);
    }
}
