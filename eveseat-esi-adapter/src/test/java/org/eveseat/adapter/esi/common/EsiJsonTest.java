package org.eveseat.adapter.esi.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.json.bind.JsonbException;

import org.junit.jupiter.api.Test;

class EsiJsonTest {
    /** DTOs must be public: JSON-B reads them reflectively. */
    public record Recipient(long recipientId, String recipientType) {
    }

    public record JournalDto(long id, Instant date, String refType, BigDecimal amount, Long firstPartyId) {
    }

    @Test
    void snakeCaseArraysMapOntoRecordsAndThenOntoTheDomain() {
        String body = """
                [{"id": 10, "date": "2026-11-25T10:00:00Z", "ref_type": "bounty_prizes", "amount": 1500000.5,
                  "first_party_id": 1000125, "description": "ignored extra field"},
                 {"id": 9, "date": "2026-11-24T09:00:00Z", "ref_type": "market_transaction", "amount": -12.25}]""";

        List<String> mapped = EsiJson.list(JournalDto.class, d -> d.id() + " " + d.refType() + " " + d.amount()
                + " " + d.firstPartyId()).apply(body);

        assertThat(mapped).containsExactly("10 bounty_prizes 1500000.5 1000125", "9 market_transaction -12.25 null");
        assertThat(EsiJson.one(JournalDto.class, JournalDto::date).apply(
                "{\"id\": 1, \"date\": \"2026-11-25T10:00:00Z\", \"ref_type\": \"x\", \"amount\": 1}"))
                .isEqualTo(Instant.parse("2026-11-25T10:00:00Z"));
    }

    @Test
    void aBrokenBodyFailsLoudly() {
        assertThatThrownBy(() -> EsiJson.list(JournalDto.class, d -> d).apply("[{\"id\": 10, \"date\""))
                .isInstanceOf(JsonbException.class);
    }

    @Test
    void requestBodiesAreWrittenInSnakeCase() {
        assertThat(EsiJson.write(new Recipient(90000001, "character")))
                .isEqualTo("{\"recipient_id\":90000001,\"recipient_type\":\"character\"}");
    }
}
