package org.eveseat.it;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

import org.eveseat.it.HostileCorpus.Kind;
import org.eveseat.it.HostileCorpus.Value;

/**
 * Every slot of every operation of the OpenAPI document, each with its hostile values: a path parameter, a query
 * parameter, a leaf of the example JSON body, or the whole body. The other path parameters keep a baseline that
 * reaches the operation (the user's own character), so each request differs from a sound one in one slot only.
 * Values are sampled per slot deterministically: the {@link HostileCorpus#CORE} always, and a window of the rest
 * that moves on from slot to slot.
 */
final class HostilePlan {
    /** How many values of the rotating window a slot gets at most (an identity may take fewer). */
    static final int WINDOW = 30;
    private static final String MARKER = "@@hostile@@";

    /** One slot and what to send in it: its core probes first, then its window of the others. */
    record Slot(ApiOperation operation, String name, List<Probe> probes, int core) {
        /** The core probes and the first {@code window} of the others. */
        List<Probe> probes(int window) {
            return probes.subList(0, Math.min(probes.size(), core + window));
        }
    }

    record Probe(String target, String label, String contentType, byte[] body) {
    }

    private final Function<String, String> baseline;
    private int slotIndex;

    private HostilePlan(Function<String, String> baseline) {
        this.baseline = baseline;
    }

    /** The slots of all operations, in the document's operations sorted by path and method. */
    static List<Slot> of(OpenApiDocument document, Map<String, String> pathBaselines, String defaultBaseline) {
        HostilePlan plan = new HostilePlan(name -> pathBaselines.getOrDefault(name, defaultBaseline));
        List<Slot> slots = new ArrayList<>();
        for (ApiOperation operation : document.operations().stream()
                .sorted(Comparator.comparing(ApiOperation::path).thenComparing(ApiOperation::method)).toList()) {
            String example = document.bodyExample(operation);
            operation.pathParameters().forEach(p -> slots.add(plan.urlSlot(operation, "path " + p,
                    value -> plan.target(operation, p, value), example)));
            operation.queryParameters().forEach(q -> slots.add(plan.urlSlot(operation, "query " + q,
                    value -> plan.target(operation, null, null) + "?" + q + "=" + value, example)));
            if (example != null) {
                slots.addAll(plan.bodySlots(operation, example));
            }
        }
        return slots;
    }

    private Slot urlSlot(ApiOperation operation, String name, Function<String, String> target, String example) {
        byte[] body = example == null ? null : example.getBytes(StandardCharsets.UTF_8);
        List<Probe> probes = sample(Kind.URL_ENCODED).stream().map(value -> new Probe(
                target.apply(value.kind() == Kind.URL_ENCODED ? value.text() : encode(value.text())), value.label(),
                body == null ? null : "application/json", body)).toList();
        return new Slot(operation, name, probes, core(Kind.URL_ENCODED));
    }

    private List<Slot> bodySlots(ApiOperation operation, String example) {
        String target = target(operation, null, null);
        List<Slot> slots = new ArrayList<>();
        JsonStructure json;
        try (var reader = Json.createReader(new StringReader(example))) {
            json = reader.read();
        }
        for (String pointer : leaves(json, "")) {
            String template = Json.createPointer(pointer).replace(json, Json.createValue(MARKER)).toString();
            List<Probe> probes = sample(Kind.JSON).stream().map(value -> new Probe(target, value.label(),
                    "application/json", template.replace("\"" + MARKER + "\"", value.kind() == Kind.JSON
                            ? value.text() : Json.createValue(value.text()).toString())
                            .getBytes(StandardCharsets.UTF_8))).toList();
            slots.add(new Slot(operation, "body " + pointer, probes, core(Kind.JSON)));
        }
        List<Probe> bodies = HostileCorpus.bodies(example).stream()
                .map(body -> new Probe(target, body.toString(), body.contentType(), body.bytes())).toList();
        slots.add(new Slot(operation, "whole body", bodies, bodies.size()));
        return slots;
    }

    private static int core(Kind alsoKind) {
        return (int) HostileCorpus.CORE.stream().filter(v -> v.kind() == Kind.TEXT || v.kind() == alsoKind).count();
    }

    /** The core values and this slot's window of the others, of text and of the given kind. */
    private List<Value> sample(Kind alsoKind) {
        List<Value> more = HostileCorpus.MORE.stream().filter(v -> v.kind() == Kind.TEXT || v.kind() == alsoKind)
                .toList();
        List<Value> values = new ArrayList<>(HostileCorpus.CORE.stream()
                .filter(v -> v.kind() == Kind.TEXT || v.kind() == alsoKind).toList());
        int start = slotIndex++ * WINDOW;
        for (int i = 0; i < WINDOW; i++) {
            values.add(more.get((start + i) % more.size()));
        }
        return values;
    }

    private String target(ApiOperation operation, String hostileParameter, String hostileValue) {
        String target = operation.path();
        for (String parameter : operation.pathParameters()) {
            target = target.replace("{" + parameter + "}", parameter.equals(hostileParameter) ? hostileValue
                    : encode(baseline.apply(parameter)));
        }
        return target;
    }

    private static List<String> leaves(JsonValue value, String pointer) {
        List<String> leaves = new ArrayList<>();
        switch (value.getValueType()) {
            case OBJECT -> value.asJsonObject().forEach((key, child) -> leaves.addAll(leaves(child,
                    pointer + "/" + key.replace("~", "~0").replace("/", "~1"))));
            case ARRAY -> {
                for (int i = 0; i < value.asJsonArray().size(); i++) {
                    leaves.addAll(leaves(value.asJsonArray().get(i), pointer + "/" + i));
                }
            }
            default -> leaves.add(pointer);
        }
        return leaves;
    }

    /** Percent-encodes every byte but the unreserved characters of RFC 3986. */
    static String encode(String text) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return encoded.toString();
    }
}
