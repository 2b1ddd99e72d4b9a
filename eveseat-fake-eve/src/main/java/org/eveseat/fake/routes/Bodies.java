package org.eveseat.fake.routes;

import org.eveseat.fake.HttpError;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Checks of request bodies and lookups, answering as ESI does: 400 with an error detail, or 404. */
final class Bodies {

    private Bodies() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object json) {
        if (json instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw HttpError.invalid("body", "expected object", null);
    }

    static String requiredString(Map<String, Object> body, String field) {
        Object value = body.get(field);
        if (value == null) {
            throw HttpError.invalid("body." + field, "required property is missing", null);
        }
        if (!(value instanceof String text)) {
            throw HttpError.invalid("body." + field, "expected string", value);
        }
        return text;
    }

    static long requiredLong(Map<String, Object> body, String field, String location) {
        Object value = body.get(field);
        if (value == null) {
            throw HttpError.invalid(location + "." + field, "required property is missing", null);
        }
        if (!(value instanceof Long number)) {
            throw HttpError.invalid(location + "." + field, "expected integer", value);
        }
        return number;
    }

    static Optional<Boolean> optionalBoolean(Map<String, Object> body, String field) {
        Object value = body.get(field);
        if (value != null && !(value instanceof Boolean)) {
            throw HttpError.invalid("body." + field, "expected boolean", value);
        }
        return Optional.ofNullable((Boolean) value);
    }

    /** A string that must be one of {@code allowed}; {@code fallback} when absent (null: required). */
    static String enumValue(Map<String, Object> body, String field, String location, Set<String> allowed,
                            String fallback) {
        Object value = body.get(field);
        if (value == null && fallback != null) {
            return fallback;
        }
        if (value == null) {
            throw HttpError.invalid(location + "." + field, "required property is missing", null);
        }
        if (!allowed.contains(value)) {
            throw HttpError.invalid(location + "." + field, "expected value to be one of " + allowed, value);
        }
        return (String) value;
    }

    /** A list of integers with {@code min} to {@code max} entries. */
    static List<Long> longs(Object value, String location, int min, int max) {
        if (!(value instanceof List<?> list) || list.stream().anyMatch(item -> !(item instanceof Long))) {
            throw HttpError.invalid(location, "expected array of integers", value);
        }
        if (list.size() < min || list.size() > max) {
            throw HttpError.invalid(location, "expected " + min + " to " + max + " items", value);
        }
        return list.stream().map(Long.class::cast).toList();
    }

    static HttpError notFound(String what) {
        return HttpError.esi(404, what + " not found");
    }
}
