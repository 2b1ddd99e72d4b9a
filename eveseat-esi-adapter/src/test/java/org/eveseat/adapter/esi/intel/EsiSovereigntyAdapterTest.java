package org.eveseat.adapter.esi.intel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.eveseat.adapter.esi.testing.FakeEsiHarness;
import org.eveseat.domain.intel.model.CampaignEventType;
import org.eveseat.domain.intel.model.SovereigntyCampaign;
import org.eveseat.domain.intel.model.SovereigntyClaim;
import org.eveseat.domain.intel.model.SystemSovereignty;
import org.eveseat.domain.shared.AllianceId;
import org.eveseat.domain.shared.ConstellationId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.fake.ledger.PublicLedger;
import org.eveseat.fake.ledger.SovereigntySystem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EsiSovereigntyAdapterTest {
    private static final Instant CLAIMED = Instant.parse("2025-10-01T12:00:00Z");
    private static final Instant START = Instant.parse("2026-11-25T18:00:00Z");

    private final FakeEsiHarness harness = new FakeEsiHarness();
    private final EsiSovereigntyAdapter adapter = new EsiSovereigntyAdapter(harness.settings(), harness.gateway());

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void eachKindOfClaimMapsOntoItsOwnDomainClaimAndIsNotAskedAgainBeforeExpiry() {
        publicData().sovereigntySystems().set(SovereigntySystem.faction(30000142L, 500001L),
                SovereigntySystem.unclaimed(30000856L),
                new SovereigntySystem(30004759L, null, 99000001L, 98000001L, CLAIMED, true, 1_041_000_000_001L));

        var result = (EsiResult.Fresh<List<SystemSovereignty>>) adapter.systems();
        var again = adapter.systems();

        assertThat(again).isEqualTo(new EsiResult.NotDue<>(result.expires()));
        assertThat(result.value()).containsExactly(
                new SystemSovereignty(new SolarSystemId(30000142L), new SovereigntyClaim.Faction(500001L)),
                new SystemSovereignty(new SolarSystemId(30000856L), new SovereigntyClaim.Unclaimed()),
                new SystemSovereignty(new SolarSystemId(30004759L), new SovereigntyClaim.Alliance(
                        new AllianceId(99000001L), new CorporationId(98000001L), CLAIMED, true,
                        // the fake's fixed development; its hubs have no vulnerability window
                        new SovereigntyClaim.Development(2, 3, 4, 1.5),
                        new SovereigntyClaim.Hub(1_041_000_000_001L, null, null))));
    }

    @Test
    void defenceAndFreeportCampaignsMapTheirScoresOrParticipants() {
        publicData().sovereigntyCampaigns().set(
                new org.eveseat.fake.ledger.SovereigntyCampaign(32833, 61001096L, 30000856L, 20000125L,
                        "station_defense", START, 1695357456L, 0.6, 0.4, null),
                new org.eveseat.fake.ledger.SovereigntyCampaign(32834, 61001097L, 30000857L, 20000125L,
                        "station_freeport", START, null, null, null,
                        List.of(new org.eveseat.fake.ledger.SovereigntyCampaign.Participant(99000002L, 0.25))));

        var first = adapter.campaigns();

        assertThat(first).isEqualTo(new EsiResult.Fresh<>(List.of(
                new SovereigntyCampaign(32833, CampaignEventType.STATION_DEFENSE, 61001096L,
                        new SolarSystemId(30000856L), new ConstellationId(20000125L), START,
                        new AllianceId(1695357456L), 0.6, 0.4, List.of()),
                new SovereigntyCampaign(32834, CampaignEventType.STATION_FREEPORT, 61001097L,
                        new SolarSystemId(30000857L), new ConstellationId(20000125L), START, null, null, null,
                        List.of(new SovereigntyCampaign.Participant(new AllianceId(99000002L), 0.25)))),
                first.expires()));
    }

    private PublicLedger publicData() {
        return harness.esi().ledger().publicData();
    }
}
