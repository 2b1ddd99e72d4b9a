package org.eveseat.adapter.esi.blueprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.eveseat.adapter.esi.testing.FakeEsiHarness;
import org.eveseat.domain.blueprint.model.Blueprint;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.LocationFlag;
import org.eveseat.domain.shared.NotPermittedException;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.fake.routes.Scopes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EsiBlueprintAdapterTest {
    private static final long PILOT = 2112625428L;
    private static final long CORPORATION = 98000001L;

    private final FakeEsiHarness harness = new FakeEsiHarness();
    private final EsiBlueprintAdapter adapter = new EsiBlueprintAdapter(harness.settings(), harness.gateway());

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void characterBlueprintsAreReadOverEveryPageWithOriginalsAndCopiesApart() {
        harness.esi().ledger().character(PILOT).blueprints().set(
                new org.eveseat.fake.ledger.Blueprint(1000000010495L, 691, 60003760L, "Hangar", -1, 10, 20, -1),
                new org.eveseat.fake.ledger.Blueprint(1000000010496L, 2047, 60003760L, "Hangar", -2, 4, 8, 15),
                new org.eveseat.fake.ledger.Blueprint(1000000010497L, 688, 1035466617946L, "Cargo", 3, 0, 0, -1));
        harness.esi().pageSize(2);

        var result = adapter.characterBlueprints(new CharacterId(PILOT),
                harness.token(PILOT, Set.of(Scopes.READ_BLUEPRINTS)));

        assertThat(result).isInstanceOf(EsiResult.Fresh.class);
        List<Blueprint> blueprints = ((EsiResult.Fresh<List<Blueprint>>) result).value();
        assertThat(blueprints).containsExactly(
                new Blueprint(1000000010495L, new TypeId(691), 60003760L, LocationFlag.HANGAR, -1, -1, 10, 20),
                new Blueprint(1000000010496L, new TypeId(2047), 60003760L, LocationFlag.HANGAR, -2, 15, 4, 8),
                new Blueprint(1000000010497L, new TypeId(688), 1035466617946L, new LocationFlag("Cargo"), 3, -1, 0,
                        0));
        assertThat(blueprints.get(1).isCopy()).isTrue();
        assertThat(harness.esi().requestCount("/characters/" + PILOT + "/blueprints")).isGreaterThanOrEqualTo(2);
        assertThat(adapter.characterBlueprints(new CharacterId(PILOT),
                harness.token(PILOT, Set.of(Scopes.READ_BLUEPRINTS))))
                .isInstanceOf(EsiResult.NotDue.class);
    }

    @Test
    void corporationBlueprintsKeepTheirHangarDivision() {
        harness.esi().ledger().character(PILOT).corporationId(CORPORATION).roles("Director");
        int count = harness.esi().ledger().corporation(CORPORATION).blueprints().all().size();

        var result = adapter.corporationBlueprints(new CorporationId(CORPORATION),
                harness.token(PILOT, Set.of(Scopes.READ_CORPORATION_BLUEPRINTS)));

        List<Blueprint> blueprints = ((EsiResult.Fresh<List<Blueprint>>) result).value();
        assertThat(blueprints).hasSize(count);
        assertThat(blueprints).allSatisfy(blueprint ->
                assertThat(blueprint.locationFlag().corporationHangarDivision()).isEqualTo(1));
    }

    @Test
    void corporationBlueprintsNeedTheDirectorRole() {
        harness.esi().ledger().character(PILOT).corporationId(CORPORATION).roles("Factory_Manager");

        assertThatThrownBy(() -> adapter.corporationBlueprints(new CorporationId(CORPORATION),
                harness.token(PILOT, Set.of(Scopes.READ_CORPORATION_BLUEPRINTS))))
                .isInstanceOf(NotPermittedException.class);
    }
}
