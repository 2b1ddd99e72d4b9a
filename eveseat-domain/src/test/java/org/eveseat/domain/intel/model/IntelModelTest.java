package org.eveseat.domain.intel.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.eveseat.domain.shared.AllianceId;
import org.eveseat.domain.shared.ConstellationId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.shared.SolarSystemId;
import org.junit.jupiter.api.Test;

class IntelModelTest {
    private static final Instant NOW = Instant.parse("2026-08-01T10:00:00Z");

    @Test
    void aWarPartyIsACorporationOrAnAllianceNeverBoth() {
        assertThat(Belligerent.alliance(new AllianceId(99000001)).corporationId()).isNull();
        assertThat(Belligerent.corporation(new CorporationId(98000001)).allianceId()).isNull();
        assertThatThrownBy(() -> new Belligerent(null, null)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new Belligerent(new CorporationId(98000001), new AllianceId(99000001)))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void warsHaveTwoSides() {
        var side = new War.Side(Belligerent.corporation(new CorporationId(98000001)), Isk.of("0"), 0);
        War war = new War(1, NOW, null, null, null, false, true, side, side, null);
        assertThat(war.allies()).isEmpty();
        assertThatThrownBy(() -> new War(1, NOW, null, null, null, false, true, side, null, null))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new War.Side(side.party(), Isk.of("0"), -1))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void sovereigntyClaimsAreOneOfThree() {
        var hub = new SovereigntyClaim.Hub(1_000_000_000_001L, null, null);
        var development = new SovereigntyClaim.Development(5, 0, 3, 1.5);
        SovereigntyClaim claim = new SovereigntyClaim.Alliance(new AllianceId(99000001), new CorporationId(98000001),
                NOW, true, development, hub);
        assertThat(claim).isInstanceOf(SovereigntyClaim.Alliance.class);
        assertThat(SovereigntyClaim.class.getPermittedSubclasses()).containsExactlyInAnyOrder(
                SovereigntyClaim.Faction.class, SovereigntyClaim.Alliance.class, SovereigntyClaim.Unclaimed.class);
        assertThatThrownBy(() -> new SovereigntyClaim.Development(6, 0, 0, 1.0))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new SovereigntyClaim.Hub(1, NOW, null)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new SovereigntyClaim.Faction(0)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void incursionInfluenceRunsFromZeroToOne() {
        assertThat(incursion(1.0).state()).isEqualTo(IncursionState.ESTABLISHED);
        assertThatThrownBy(() -> incursion(1.01)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> incursion(-0.01)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void campaignsNeedTheirPlaceAndTime() {
        var campaign = new SovereigntyCampaign(1, CampaignEventType.fromEsi("ihub_defense"), 1_000_000_000_001L,
                new SolarSystemId(30000001), new ConstellationId(20000001), NOW, new AllianceId(99000001), 0.6,
                0.4, null);
        assertThat(campaign.participants()).isEmpty();
        assertThatThrownBy(() -> new SovereigntyCampaign(1, CampaignEventType.TCU_DEFENSE, 1, null,
                new ConstellationId(20000001), NOW, null, null, null, null))
                .isInstanceOf(RuleViolationException.class);
    }

    private static Incursion incursion(double influence) {
        return new Incursion(new ConstellationId(20000001), 500019, "Incursion", IncursionState.fromEsi("established"),
                influence, true, new SolarSystemId(30000001), List.of(new SolarSystemId(30000001)));
    }
}
