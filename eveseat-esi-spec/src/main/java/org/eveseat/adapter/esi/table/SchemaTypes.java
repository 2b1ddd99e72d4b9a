package org.eveseat.adapter.esi.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * JSON schemas of the spec as Java types for {@link EsiDtoGenerator}: required scalars are primitives, optional ones
 * boxed (absent is null), lists are {@code List}, dates {@code Instant} and {@code LocalDate}, objects nested records.
 * The alternatives of a {@code oneOf}/{@code anyOf} are merged into one record whose components may all be absent.
 */
final class SchemaTypes {
    private static final Set<String> KEYWORDS = Set.of(
            "abstract",
            "boolean",
            "byte",
            "case",
            "catch",
            "char",
            "class",
            "default",
            "do",
            "double",
            "else",
            "enum",
            "final",
            "float",
            "for",
            "if",
            "import",
            "int",
            "interface",
            "long",
            "new",
            "package",
            "private",
            "public",
            "return",
            "short",
            "static",
            "switch",
            "this",
            "throw",
            "try",
            "void",
            "while");

    private final Map<String, Object> components;

    SchemaTypes(Map<String, Object> components) {
        this.components = components;
    }

    /** The schema itself, or the component a {@code $ref} names. */
    Map<String, Object> resolve(Object schema) {
        Map<String, Object> map = map(schema);
        Object ref = map.get("$ref");
        return ref == null
                ? map
                : resolve(components.get(ref.toString().substring(ref.toString().lastIndexOf('/') + 1)));
    }

    boolean isObject(Map<String, Object> schema) {
        return schema.containsKey("properties")
                || schema.containsKey("oneOf")
                || schema.containsKey("anyOf")
                || schema.containsKey("allOf");
    }

    /** A record (and its nested ones) for an object schema, each line indented by {@code indent}. */
    String record(String name, Map<String, Object> schema, String indent) {
        Map<String, Object> properties = new LinkedHashMap<>();
        Set<String> required = new LinkedHashSet<>();
        collect(schema, properties, required, true);
        List<String> components = new ArrayList<>();
        StringBuilder nested = new StringBuilder();
        for (var property : properties.entrySet()) {
            String type = type(
                    property.getKey(),
                    resolve(property.getValue()),
                    required.contains(property.getKey()),
                    name,
                    nested,
                    indent + "    ");
            components.add(annotation(property.getKey()) + type + " " + camel(property.getKey()));
        }
        return "record " + name + "(" + String.join(", ", components) + ") {\n" + nested + indent + "}\n";
    }

    private void collect(
            Map<String, Object> schema, Map<String, Object> properties, Set<String> required, boolean requiredHere) {
        properties.putAll(map(schema.getOrDefault("properties", Map.of())));
        if (requiredHere) {
            ((List<?>) schema.getOrDefault("required", List.of())).forEach(field -> required.add(field.toString()));
        }
        ((List<?>) schema.getOrDefault("allOf", List.of()))
                .forEach(part -> collect(resolve(part), properties, required, requiredHere));
        for (String alternatives : List.of("oneOf", "anyOf")) {
            ((List<?>) schema.getOrDefault(alternatives, List.of()))
                    .forEach(part -> collect(resolve(part), properties, required, false));
        }
    }

    private String type(
            String property,
            Map<String, Object> schema,
            boolean required,
            String owner,
            StringBuilder nested,
            String indent) {
        if (isObject(schema)) {
            String name = unclashed(pascal(property), owner);
            nested.append(indent).append("public ").append(record(name, schema, indent));
            return name;
        }
        String type = String.valueOf(schema.get("type"));
        String format = String.valueOf(schema.get("format"));
        return switch (type) {
            case "array" -> "java.util.List<"
                    + boxed(type(singular(property), resolve(schema.get("items")), true, owner, nested, indent)) + ">";
            case "integer" -> format.equals("int32") ? (required ? "int" : "Integer") : (required ? "long" : "Long");
            case "number" -> required ? "double" : "Double";
            case "boolean" -> required ? "boolean" : "Boolean";
            case "string" -> format.equals("date-time")
                    ? "java.time.Instant"
                    : format.equals("date") ? "java.time.LocalDate" : "String";
            default -> "java.util.Map<String, Object>";
        };
    }

    /** JSON-B's snake_case naming gives the name back, unless it has digits after an underscore or is a keyword. */
    private static String annotation(String name) {
        return camel(name).replaceAll("([A-Z])", "_$1").toLowerCase().equals(name)
                ? ""
                : "@jakarta.json.bind.annotation.JsonbProperty(\"" + name + "\") ";
    }

    private static String boxed(String type) {
        return switch (type) {
            case "int" -> "Integer";
            case "long" -> "Long";
            case "double" -> "Double";
            case "boolean" -> "Boolean";
            default -> type;
        };
    }

    private static String unclashed(String name, String owner) {
        return name.equals(owner) ? name + "Entry" : name;
    }

    private static String singular(String property) {
        return property.endsWith("ies")
                ? property.substring(0, property.length() - 3) + "y"
                : property.endsWith("s") && !property.endsWith("ss")
                        ? property.substring(0, property.length() - 1)
                        : property + "_item";
    }

    static String camel(String name) {
        String pascal = pascal(name);
        String camel = Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1);
        return KEYWORDS.contains(camel) ? camel + "Value" : camel;
    }

    static String pascal(String name) {
        StringBuilder pascal = new StringBuilder();
        for (String word : name.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                pascal.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return pascal.toString();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }
}
