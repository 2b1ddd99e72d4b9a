package org.eveseat.adapter.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.eveseat.domain.event.model.LiveEvent;
import org.junit.jupiter.api.Test;

class EventJsonTest {
    @Test
    void theEnvelopeCarriesTypeTopicTimestampAndAPlainPayload() {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("characterId", 2112625428L);
        payload.put("balance", "12.50");
        payload.put("ratio", 0.25);
        payload.put("valid", false);
        payload.put("missing", null);
        payload.put("entries", List.of(Map.of("id", 7L), "x"));
        String body = EventJson.body(new LiveEvent("wallet.balance", "character.2112625428.wallet",
                Instant.parse("2026-12-01T10:00:00Z"), payload));

        JsonObject json = Json.createReader(new StringReader(body)).readObject();
        assertThat(json.getString("type")).isEqualTo("wallet.balance");
        assertThat(json.getString("topic")).isEqualTo("character.2112625428.wallet");
        assertThat(json.getString("timestamp")).isEqualTo("2026-12-01T10:00:00Z");
        JsonObject p = json.getJsonObject("payload");
        assertThat(p.getJsonNumber("characterId").longValue()).isEqualTo(2112625428L);
        assertThat(p.getString("balance")).isEqualTo("12.50");
        assertThat(p.getJsonNumber("ratio").doubleValue()).isEqualTo(0.25);
        assertThat(p.getBoolean("valid")).isFalse();
        assertThat(p.isNull("missing")).isTrue();
        assertThat(p.getJsonArray("entries").getJsonObject(0).getInt("id")).isEqualTo(7);
        assertThat(p.getJsonArray("entries").getString(1)).isEqualTo("x");
    }
}
