package org.eveseat.adapter.web.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.eveseat.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Ids in JSON bodies are positive, like ids in paths and queries (RequestParams). */
class JsonBodyIdsTest {
    @Test
    void aPositiveIdIsTakenAndAnAbsentOptionalOneIsNull() {
        assertThat(JsonBody.id(json("{\"after\": 42}"), "after", false)).isEqualTo(42L);
        assertThat(JsonBody.id(json("{}"), "after", false)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "-9223372036854775808"})
    void zeroAndNegativeIdsAreRefused(String id) {
        assertThatThrownBy(() -> JsonBody.id(json("{\"after\": " + id + "}"), "after", false))
                .isInstanceOf(RuleViolationException.class).hasMessage("after must be a positive number, was " + id);
    }

    @Test
    void aMissingRequiredIdOrOneThatIsNoWholeNumberIsRefused() {
        assertThatThrownBy(() -> JsonBody.id(json("{}"), "regionId", true))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("regionId");
        assertThatThrownBy(() -> JsonBody.id(json("{\"regionId\": 1.5}"), "regionId", true))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("regionId must be a whole number");
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
