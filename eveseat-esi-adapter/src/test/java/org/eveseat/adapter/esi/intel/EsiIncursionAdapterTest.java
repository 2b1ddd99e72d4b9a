package org.eveseat.adapter.esi.intel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;

import org.eveseat.adapter.esi.testing.FakeEsiHarness;
import org.eveseat.domain.intel.model.Incursion;
import org.eveseat.domain.intel.model.IncursionState;
import org.eveseat.domain.shared.ConstellationId;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.SolarSystemId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EsiIncursionAdapterTest {
    private final FakeEsiHarness harness = new FakeEsiHarness();
    private final EsiIncursionAdapter adapter = new EsiIncursionAdapter(harness.settings(), harness.gateway());

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void incursionsMapTheirStateAndSystems() {
        harness.esi().ledger().publicData().incursions().add(new org.eveseat.fake.ledger.Incursion(20000001L,
                500019L, false, List.of(30000001L), 0.25, 30000001L, "withdrawing", "Incursion"));

        var result = (EsiResult.Fresh<List<Incursion>>) adapter.incursions();

        assertThat(result.value()).containsExactly(
                new Incursion(new ConstellationId(20000607L), 500019L, "Incursion", IncursionState.MOBILIZING, 0.9,
                        true, new SolarSystemId(30004154L),
                        LongStream.rangeClosed(30004148L, 30004154L).mapToObj(SolarSystemId::new).toList()),
                new Incursion(new ConstellationId(20000001L), 500019L, "Incursion", IncursionState.WITHDRAWING, 0.25,
                        false, new SolarSystemId(30000001L), List.of(new SolarSystemId(30000001L))));
    }
}
