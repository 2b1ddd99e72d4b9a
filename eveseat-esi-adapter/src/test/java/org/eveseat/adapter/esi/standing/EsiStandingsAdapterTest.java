package org.eveseat.adapter.esi.standing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.eveseat.adapter.esi.testing.FakeEsiHarness;
import org.eveseat.domain.character.model.Standing;
import org.eveseat.domain.character.model.StandingSource;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.NotPermittedException;
import org.eveseat.fake.ledger.NpcStanding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EsiStandingsAdapterTest {
    private static final long PILOT = 2112625428L;
    private static final String SCOPE = "esi-characters.read_standings.v1";

    private final FakeEsiHarness harness = new FakeEsiHarness();
    private final EsiStandingsAdapter adapter = new EsiStandingsAdapter(harness.settings(), harness.gateway());

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void readsEachKindOfStandingAndIsNotAskedAgainBeforeTheCacheExpires() {
        harness.esi().ledger().character(PILOT).standings().set(new NpcStanding(500001L, "faction", 2.5),
                new NpcStanding(1000035L, "npc_corp", -1.25), new NpcStanding(3008416L, "agent", 9.99),
                new NpcStanding(1000125L, "a_kind_added_later", 0.5));
        var token = harness.token(PILOT, Set.of(SCOPE));

        var first = adapter.standings(new CharacterId(PILOT), token);

        assertThat(((EsiResult.Fresh<List<Standing>>) first).value()).containsExactly(
                new Standing(500001L, StandingSource.FACTION, 2.5), new Standing(1000035L, StandingSource.NPC_CORP, -1.25),
                new Standing(3008416L, StandingSource.AGENT, 9.99), new Standing(1000125L, StandingSource.UNKNOWN, 0.5));
        assertThat(adapter.standings(new CharacterId(PILOT), token)).isInstanceOf(EsiResult.NotDue.class);
    }

    @Test
    void standingsNeedTheirScope() {
        assertThatThrownBy(() -> adapter.standings(new CharacterId(PILOT),
                harness.token(PILOT, Set.of("esi-wallet.read_character_wallet.v1"))))
                .isInstanceOf(NotPermittedException.class);
    }
}
