package org.eveseat.adapter.esi.common.dto;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.eveseat.adapter.esi.common.EsiJson;
import org.junit.jupiter.api.Test;

/**
 * The records generated from the spec read ESI's own answers: a real killmail and a real market history (kept in the
 * fake ESI's resources, see its SOURCE.md), and the three kinds of sovereignty claim the spec's {@code oneOf} allows.
 */
class GeneratedDtoTest {

    @Test
    void aRealKillmailReadsIntoItsGeneratedRecordWithNestedItems() throws IOException {
        var killmail = EsiJson.one(KillmailsKillmailIdKillmailHash.class, Function.identity())
                .apply(resource("/org/eveseat/fake/killmail_88486806.json"));

        assertThat(killmail.killmailId()).isEqualTo(88486806L);
        assertThat(killmail.killmailTime()).isEqualTo(Instant.parse("2020-11-09T00:39:43Z"));
        assertThat(killmail.attackers()).singleElement().satisfies(attacker -> {
            assertThat(attacker.finalBlow()).isTrue();
            assertThat(attacker.securityStatus()).isEqualTo(-9.9);
            assertThat(attacker.weaponTypeId()).isEqualTo(2205L);
        });
        assertThat(killmail.victim().damageTaken()).isEqualTo(5132L);
        assertThat(killmail.victim().items()).isNotEmpty().anySatisfy(item -> assertThat(item.itemTypeId())
                .isEqualTo(8263L));
        assertThat(killmail.victim().position()).isNotNull();
        assertThat(killmail.moonId()).isNull();
    }

    @Test
    void aRealMarketHistoryReadsDayByDayIntoTheListsElementRecord() throws IOException {
        List<MarketsRegionIdHistory> days = EsiJson.list(MarketsRegionIdHistory.class, Function.identity())
                .apply(resource("/org/eveseat/fake/market_history_10000002_34.json"));

        assertThat(days).hasSize(414);
        assertThat(days.get(0).date()).isEqualTo(LocalDate.of(2020, 3, 1));
        assertThat(days.get(0).average()).isEqualTo(7.73);
        assertThat(days.get(0).volume()).isEqualTo(9_085_235_901L);
        assertThat(days.get(0).orderCount()).isEqualTo(2775L);
    }

    @Test
    void theAlternativesOfASovereigntyClaimAreOneRecordWhoseOtherPartsAreAbsent() {
        var systems = EsiJson.one(SovereigntySystems.class, Function.identity())
                .apply(
                        """
                {"solar_systems": [
                  {"solar_system_id": 30000001, "claim": {"faction": {"faction_id": 500001}}},
                  {"solar_system_id": 30000002, "claim": {"alliance": {"alliance_id": 99000001,
                    "claimed_since": "2026-01-01T00:00:00Z", "corporation_id": 98000001, "is_capital_system": true,
                    "development": {"activity_defense_multiplier": 1.5, "industrial_level": 2, "military_level": 3,
                      "strategic_level": 4},
                    "sovereignty_hub": {"id": 1000001}}}},
                  {"solar_system_id": 30000003, "claim": {"unclaimed": true}}]}""");

        assertThat(systems.solarSystems())
                .extracting(
                        system -> system.claim().faction() != null,
                        system -> system.claim().alliance() != null,
                        system -> Boolean.TRUE.equals(system.claim().unclaimed()))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(true, false, false),
                        org.assertj.core.groups.Tuple.tuple(false, true, false),
                        org.assertj.core.groups.Tuple.tuple(false, false, true));
        assertThat(systems.solarSystems()
                        .get(1)
                        .claim()
                        .alliance()
                        .development()
                        .strategicLevel())
                .isEqualTo(4L);
        assertThat(systems.solarSystems()
                        .get(1)
                        .claim()
                        .alliance()
                        .sovereigntyHub()
                        .vulnerabilityWindow())
                .isNull();
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = GeneratedDtoTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
