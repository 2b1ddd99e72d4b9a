package org.eveseat.adapter.esi.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the build generates for an operation of the table: one record named after it, shaped as the spec says. */
class EsiDtoGeneratorTest {
    private static final String PACKAGE = "org.eveseat.adapter.esi.common.dto";

    private final EsiDtoGenerator generator = EsiDtoGenerator.forSpec();

    @Test
    void aListAnswerGivesItsElementsRecordWithRequiredPrimitivesOptionalBoxesAndNestedRecords() {
        String offers = generate("GET /loyalty/stores/{corporation_id}/offers").get("LoyaltyStoresCorporationIdOffers");

        assertThat(offers)
                .startsWith("package " + PACKAGE + ";")
                .contains(
                        "public record LoyaltyStoresCorporationIdOffers(Long akCost, long iskCost, long lpCost, long offerId, "
                                + "long quantity, java.util.List<RequiredItem> requiredItems, long typeId)",
                        "    public record RequiredItem(long quantity, long typeId)");
    }

    @Test
    void datesTimesAndDoublesGetTheirJavaTypes() {
        assertThat(generate("GET /markets/{region_id}/history").get("MarketsRegionIdHistory"))
                .contains(
                        "public record MarketsRegionIdHistory(double average, java.time.LocalDate date, double highest, "
                                + "double lowest, long orderCount, long volume)");
        assertThat(generate("GET /characters/{character_id}/calendar/{event_id}")
                        .get("CharactersCharacterIdCalendarEventId"))
                .contains("java.time.Instant date");
    }

    @Test
    void theAlternativesOfAOneOfAreMergedAndAllMayBeAbsent() {
        assertThat(generate("GET /sovereignty/systems").get("SovereigntySystems"))
                .contains("public record Claim(Faction faction, Alliance alliance, Boolean unclaimed)");
    }

    @Test
    void operationsAnsweringNoObjectGetNoRecordAndOtherMethodsAreNamedWithTheirMethod() {
        Map<String, String> sources = generate(
                "GET /characters/{character_id}/wallet",
                "GET /wars",
                "PUT /characters/{character_id}/mail/{mail_id}",
                "POST /universe/ids");

        assertThat(sources).containsOnlyKeys("PostUniverseIds");
        assertThat(EsiDtoGenerator.recordName("GET /universe/systems/{system_id}"))
                .isEqualTo("UniverseSystemsSystemId");
    }

    private Map<String, String> generate(String... keys) {
        return generator.sources(List.of(keys), PACKAGE);
    }
}
