package org.eveseat.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * The server's own OpenAPI document as Payara generates it at {@code /openapi}: its operations with their path
 * and query parameters, and the example body of each operation that takes one.
 */
final class OpenApiDocument {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private final JsonObject document;

    private OpenApiDocument(JsonObject document) {
        this.document = document;
    }

    static OpenApiDocument fetch(URI server) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.resolve("/openapi"))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as("the OpenAPI document builds: " + answer.body()).isEqualTo(200);
        // kept beside the server log for whoever reads a failure
        Files.writeString(Path.of(System.getProperty("eveseat.it.workDir"), "openapi.json"), answer.body());
        try (var reader = Json.createReader(new StringReader(answer.body()))) {
            return new OpenApiDocument(reader.readObject());
        }
    }

    List<ApiOperation> operations() {
        List<ApiOperation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
            JsonObject item = path.getValue().asJsonObject();
            for (String method : item.keySet()) {
                if (METHODS.contains(method)) {
                    operations.add(operation(path.getKey(), method, item));
                }
            }
        }
        return operations;
    }

    /** Path parameters not marked required (OpenAPI demands they are), as "path: name". */
    List<String> optionalPathParameters() {
        List<String> optional = new ArrayList<>();
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
            if (METHODS.contains(method) && operation.asJsonObject().containsKey("parameters")) {
                operation.asJsonObject().getJsonArray("parameters").stream().map(JsonValue::asJsonObject)
                        .filter(p -> p.getString("in").equals("path") && !p.getBoolean("required", false))
                        .forEach(p -> optional.add(method + " " + path + ": " + p.getString("name")));
            }
        }));
        return optional;
    }

    /** The example of the operation's JSON body, or null when it has none. */
    String bodyExample(ApiOperation operation) {
        JsonObject content = document.getJsonObject("paths").getJsonObject(operation.path())
                .getJsonObject(operation.method().toLowerCase(Locale.ROOT)).getJsonObject("requestBody");
        JsonObject json = content == null || !content.containsKey("content") ? null
                : content.getJsonObject("content").getJsonObject("application/json");
        if (json == null) {
            return null;
        }
        if (json.containsKey("example")) {
            return text(json.get("example"));
        }
        JsonObject examples = json.getJsonObject("examples");
        return examples == null || examples.isEmpty() ? null
                : text(examples.values().iterator().next().asJsonObject().get("value"));
    }

    /** An example is a JSON text in a string, or the JSON itself where the generator parsed it. */
    private static String text(JsonValue example) {
        return example instanceof JsonString string ? string.getString() : example.toString();
    }

    private static ApiOperation operation(String path, String method, JsonObject item) {
        JsonObject operation = item.getJsonObject(method);
        Set<String> pathParameters = new TreeSet<>();
        Set<String> queryParameters = new TreeSet<>();
        for (JsonObject owner : List.of(item, operation)) {
            for (JsonValue value : owner.getJsonArray("parameters") == null ? List.<JsonValue>of()
                    : owner.getJsonArray("parameters")) {
                JsonObject parameter = value.asJsonObject();
                switch (parameter.getString("in")) {
                    case "path" -> pathParameters.add(parameter.getString("name"));
                    case "query" -> queryParameters.add(parameter.getString("name"));
                    default -> { } // headers and cookies are not slots of the address
                }
            }
        }
        return new ApiOperation(method.toUpperCase(Locale.ROOT), path, pathParameters,
                queryParameters, operation.containsKey("requestBody"));
    }
}
