package org.eveseat.adapter.esi.universecatalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.eveseat.adapter.esi.testing.FakeEsiHarness;
import org.eveseat.domain.shared.EsiResult;
import org.junit.jupiter.api.AfterEach;

/** The fake ESI and the adapter under test, shared by the universe catalogue tests. */
abstract class UniverseCatalogueTestBase {
    final FakeEsiHarness harness = new FakeEsiHarness();
    final EsiUniverseCatalogueAdapter adapter = new EsiUniverseCatalogueAdapter(harness.settings(),
            harness.gateway());

    @AfterEach
    void stop() {
        harness.close();
    }

    static <T> T fresh(EsiResult<T> result) {
        assertThat(result).isInstanceOf(EsiResult.Fresh.class);
        return ((EsiResult.Fresh<T>) result).value();
    }
}
