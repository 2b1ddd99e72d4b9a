package org.eveseat.adapter.esi.table;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the response DTO records of a list of operations from the spec, so an adapter maps ESI's answer without
 * a hand-written record: one Java record per operation whose answer is an object or a list of objects, named after
 * its path ({@code GET /characters/{character_id}/loyalty/points} gives {@code CharactersCharacterIdLoyaltyPoints};
 * methods other than GET are appended, {@code PostUniverseIds}). A list's record is its element's. Nested objects
 * become nested records, components in camelCase for ESI's snake_case names (as {@code EsiJson} reads them).
 * Run at build time: {@code EsiDtoGenerator <operations.txt> <output directory> <package>}.
 */
public final class EsiDtoGenerator {
    private final Map<String, Object> spec;
    private final SchemaTypes types;

    EsiDtoGenerator(Map<String, Object> spec) {
        this.spec = spec;
        this.types = new SchemaTypes(
                SchemaTypes.map(SchemaTypes.map(spec.get("components")).get("schemas")));
    }

    public static void main(String[] args) throws IOException {
        List<String> keys = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
        Path folder = Path.of(args[1]).resolve(args[2].replace('.', '/'));
        Files.createDirectories(folder);
        try (var old = Files.list(folder)) { // records of operations no longer listed go
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        for (var source : forSpec().sources(keys, args[2]).entrySet()) {
            Files.writeString(folder.resolve(source.getKey() + ".java"), source.getValue(), StandardCharsets.UTF_8);
        }
    }

    /** The generator over the spec kept in the repository. */
    public static EsiDtoGenerator forSpec() {
        return new EsiDtoGenerator(SchemaTypes.map(JsonText.parse(EsiReferenceFiles.read("swagger.json"))));
    }

    /** The source of each operation's record by record name; operations answering no object are left out. */
    public Map<String, String> sources(List<String> keys, String packageName) {
        Map<String, String> sources = new LinkedHashMap<>();
        for (String key : keys) {
            Map<String, Object> schema = responseSchema(key);
            if (schema == null) {
                continue;
            }
            Map<String, Object> object =
                    "array".equals(schema.get("type")) ? types.resolve(schema.get("items")) : schema;
            if (types.isObject(object)) {
                String name = recordName(key);
                sources.put(
                        name,
                        "package " + packageName + ";\n\n/** The answer of {@code " + key
                                + "} in swagger.json"
                                + ("array".equals(schema.get("type")) ? ", one element of its list" : "")
                                + "; generated at build time by EsiDtoGenerator. */\n"
                                + types.record(name, object, "").replaceFirst("^record", "public record"));
            }
        }
        return sources;
    }

    /** {@code GET /universe/systems/{system_id}} gives {@code UniverseSystemsSystemId}. */
    public static String recordName(String key) {
        String method = key.substring(0, key.indexOf(' '));
        String name = SchemaTypes.pascal(key.substring(key.indexOf(' ') + 1).replaceAll("[/{}]", "_"));
        return method.equals("GET") ? name : SchemaTypes.pascal(method.toLowerCase()) + name;
    }

    private Map<String, Object> responseSchema(String key) {
        String method = key.substring(0, key.indexOf(' ')).toLowerCase();
        Map<String, Object> operation = SchemaTypes.map(
                SchemaTypes.map(SchemaTypes.map(spec.get("paths")).get(key.substring(key.indexOf(' ') + 1)))
                        .get(method));
        Map<String, Object> responses = SchemaTypes.map(operation.get("responses"));
        return responses.keySet().stream()
                .filter(code -> code.startsWith("2"))
                .sorted()
                .findFirst()
                .map(code ->
                        SchemaTypes.map(SchemaTypes.map(responses.get(code)).getOrDefault("content", Map.of())))
                .map(content -> content.get("application/json"))
                .map(json -> SchemaTypes.map(json).get("schema"))
                .map(schema -> types.resolve(schema))
                .orElse(null);
    }
}
