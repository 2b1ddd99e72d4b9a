package org.eveseat.fake;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Checks a JSON tree (as {@link Json#parse} makes it) against the JSON Schema subset that swagger.json uses:
 * {@code $ref} to {@code components.schemas}, {@code type} (also as a list, e.g. with {@code "null"}),
 * {@code properties}, {@code required}, {@code additionalProperties}, {@code items}, {@code enum},
 * {@code format} (int32, int64, double, float, date-time, date, uuid), {@code minimum}/{@code maximum},
 * {@code minItems}/{@code maxItems}/{@code uniqueItems}, {@code oneOf}/{@code anyOf}/{@code allOf} and
 * {@code nullable}. Objects are closed: a property the schema does not declare is an error, so that the
 * fake answers exactly the spec's shape.
 */
final class SchemaValidator {

    private final Map<String, Object> schemas;

    /** @param schemas {@code components.schemas} of the spec */
    SchemaValidator(Map<String, Object> schemas) {
        this.schemas = schemas;
    }

    /** The problems found, each with its JSON path; empty if the value is valid. */
    List<String> validate(Object value, Map<String, Object> schema) {
        List<String> errors = new ArrayList<>();
        validate(value, schema, "$", errors);
        return errors;
    }

    @SuppressWarnings("unchecked")
    private void validate(Object value, Map<String, Object> schema, String at, List<String> errors) {
        if (schema.containsKey("$ref")) {
            String name = ((String) schema.get("$ref")).substring("#/components/schemas/".length());
            validate(value, (Map<String, Object>) schemas.get(name), at, errors);
            return;
        }
        if (value == null && Boolean.TRUE.equals(schema.get("nullable"))) {
            return;
        }
        if (!combinations(value, schema, at, errors)) {
            return;
        }
        if (!typeMatches(value, schema.get("type"))) {
            errors.add(at + ": expected " + schema.get("type") + " but was " + describe(value));
            return;
        }
        if (schema.containsKey("enum") && !((List<Object>) schema.get("enum")).contains(value)) {
            errors.add(at + ": " + value + " is not one of " + schema.get("enum"));
        }
        checkFormat(value, (String) schema.get("format"), at, errors);
        checkRange(value, schema, at, errors);
        if (value instanceof Map<?, ?> object) {
            checkObject((Map<String, Object>) object, schema, at, errors);
        } else if (value instanceof List<?> array) {
            checkArray(array, schema, at, errors);
        }
    }

    /** oneOf (exactly one), anyOf (at least one), allOf (all); false if they rule the value out. */
    @SuppressWarnings("unchecked")
    private boolean combinations(Object value, Map<String, Object> schema, String at, List<String> errors) {
        for (String keyword : List.of("oneOf", "anyOf", "allOf")) {
            List<Map<String, Object>> options = (List<Map<String, Object>>) schema.get(keyword);
            if (options == null) {
                continue;
            }
            long matching = options.stream().filter(option -> validate(value, option).isEmpty()).count();
            boolean ok = switch (keyword) {
                case "oneOf" -> matching == 1;
                case "anyOf" -> matching >= 1;
                default -> matching == options.size();
            };
            if (!ok) {
                errors.add(at + ": " + matching + " of " + options.size() + " " + keyword + " options match "
                        + describe(value));
                return false;
            }
        }
        return true;
    }

    private static boolean typeMatches(Object value, Object type) {
        if (type == null) {
            return true;
        }
        if (type instanceof List<?> types) {
            return types.stream().anyMatch(t -> typeMatches(value, t));
        }
        return switch ((String) type) {
            case "null" -> value == null;
            case "boolean" -> value instanceof Boolean;
            case "integer" -> value instanceof Long || value instanceof BigInteger;
            case "number" -> value instanceof Number;
            case "string" -> value instanceof String;
            case "array" -> value instanceof List;
            case "object" -> value instanceof Map;
            default -> false;
        };
    }

    private static void checkFormat(Object value, String format, String at, List<String> errors) {
        if (format == null || value == null) {
            return;
        }
        boolean ok = switch (format) {
            case "int32" -> value instanceof Long number && number == number.intValue();
            case "int64" -> value instanceof Long;
            case "double", "float" -> value instanceof Number;
            case "date-time" -> parses(() -> OffsetDateTime.parse((String) value));
            case "date" -> parses(() -> LocalDate.parse((String) value));
            case "uuid" -> parses(() -> UUID.fromString((String) value));
            default -> true;
        };
        if (!ok) {
            errors.add(at + ": " + value + " is not a valid " + format);
        }
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (DateTimeParseException | IllegalArgumentException | ClassCastException e) {
            return false;
        }
    }

    private static void checkRange(Object value, Map<String, Object> schema, String at, List<String> errors) {
        if (!(value instanceof Number number)) {
            return;
        }
        BigDecimal decimal = new BigDecimal(number.toString());
        if (schema.get("minimum") instanceof Number min && decimal.compareTo(new BigDecimal(min.toString())) < 0) {
            errors.add(at + ": " + value + " is below the minimum " + min);
        }
        if (schema.get("maximum") instanceof Number max && decimal.compareTo(new BigDecimal(max.toString())) > 0) {
            errors.add(at + ": " + value + " is above the maximum " + max);
        }
    }

    @SuppressWarnings("unchecked")
    private void checkObject(Map<String, Object> object, Map<String, Object> schema, String at, List<String> errors) {
        for (Object required : (List<Object>) schema.getOrDefault("required", List.of())) {
            if (!object.containsKey(required)) {
                errors.add(at + ": required property '" + required + "' is missing");
            }
        }
        Map<String, Object> properties = (Map<String, Object>) schema.get("properties");
        Object additional = schema.get("additionalProperties");
        for (Map.Entry<String, Object> entry : object.entrySet()) {
            String path = at + "." + entry.getKey();
            if (properties != null && properties.containsKey(entry.getKey())) {
                validate(entry.getValue(), (Map<String, Object>) properties.get(entry.getKey()), path, errors);
            } else if (additional instanceof Map<?, ?> additionalSchema) {
                validate(entry.getValue(), (Map<String, Object>) additionalSchema, path, errors);
            } else if (properties != null && !Boolean.TRUE.equals(additional)) {
                errors.add(path + ": property not declared by the schema");
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void checkArray(List<?> array, Map<String, Object> schema, String at, List<String> errors) {
        if (schema.get("minItems") instanceof Long min && array.size() < min) {
            errors.add(at + ": " + array.size() + " items, fewer than " + min);
        }
        if (schema.get("maxItems") instanceof Long max && array.size() > max) {
            errors.add(at + ": " + array.size() + " items, more than " + max);
        }
        if (Boolean.TRUE.equals(schema.get("uniqueItems")) && new HashSet<>(array).size() != array.size()) {
            errors.add(at + ": items are not unique");
        }
        Map<String, Object> items = (Map<String, Object>) schema.get("items");
        for (int i = 0; items != null && i < array.size(); i++) {
            validate(array.get(i), items, at + "[" + i + "]", errors);
        }
    }

    private static String describe(Object value) {
        String text = String.valueOf(value);
        return (value == null ? "null" : value.getClass().getSimpleName()) + " "
                + (text.length() > 80 ? text.substring(0, 80) + "..." : text);
    }
}
