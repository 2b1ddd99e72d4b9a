package org.eveseat.fake;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The validator of the conformance test finds what it is meant to find. */
class SchemaValidatorTest {

    @SuppressWarnings("unchecked")
    static final Map<String, Object> SCHEMAS = (Map<String, Object>) Json.parse("""
            {"Label": {"type": "object", "required": ["label_id", "color"], "properties": {
                "label_id": {"type": "integer", "format": "int32", "minimum": 1},
                "color": {"type": "string", "enum": ["#ffffff", "#660066"]},
                "when": {"type": "string", "format": "date-time"},
                "standing": {"type": "number", "format": "double", "maximum": 10},
                "hidden": {"type": ["boolean", "null"]},
                "claim": {"oneOf": [
                    {"type": "object", "properties": {"faction": {"type": "integer"}}},
                    {"type": "object", "properties": {"unclaimed": {"type": "boolean"}}}]},
                "tags": {"type": "array", "items": {"type": "string"}, "maxItems": 2, "uniqueItems": true},
                "extra": {"type": "object", "additionalProperties": {"type": "integer"}}}}}
            """);
    static final Map<String, Object> LABELS = Map.of("type", "array",
            "items", Map.of("$ref", "#/components/schemas/Label"));

    final SchemaValidator validator = new SchemaValidator(SCHEMAS);

    @Test
    void acceptsWhatTheSchemaDescribes() {
        Object valid = Json.parse("""
                [{"label_id": 16, "color": "#660066", "when": "2016-10-24T09:00:00Z", "standing": 9.9,
                  "hidden": null, "claim": {"unclaimed": true}, "tags": ["a", "b"], "extra": {"x": 1}},
                 {"label_id": 17, "color": "#ffffff", "standing": -10}]
                """);

        assertThat(validator.validate(valid, LABELS)).isEmpty();
    }

    @Test
    void reportsEachDeviationWithItsPath() {
        Object invalid = Json.parse("""
                [{"color": "#123456", "when": "yesterday", "standing": 11, "hidden": 1, "name": "x",
                  "claim": {"faction": 1, "unclaimed": true}, "tags": ["a", "a", "b"], "extra": {"x": "1"}},
                 {"label_id": 3000000000, "color": "#ffffff"},
                 {"label_id": 1.5, "color": "#ffffff"},
                 "no object"]
                """);

        List<String> errors = validator.validate(invalid, LABELS);

        assertThat(errors).containsExactlyInAnyOrder(
                "$[0]: required property 'label_id' is missing",
                "$[0].color: #123456 is not one of [#ffffff, #660066]",
                "$[0].when: yesterday is not a valid date-time",
                "$[0].standing: 11 is above the maximum 10",
                "$[0].hidden: expected [boolean, null] but was Long 1",
                "$[0].name: property not declared by the schema",
                "$[0].claim: 0 of 2 oneOf options match LinkedHashMap {faction=1, unclaimed=true}",
                "$[0].tags: 3 items, more than 2",
                "$[0].tags: items are not unique",
                "$[0].extra.x: expected integer but was String 1",
                "$[1].label_id: 3000000000 is not a valid int32",
                "$[2].label_id: expected integer but was BigDecimal 1.5",
                "$[3]: expected object but was String no object");
    }
}
