package org.eveseat.adapter.persistence.universe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.eveseat.adapter.persistence.testing.TestDatabase;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.universe.model.SystemLink;

/** The stored connections on PostgreSQL: one row per link whichever way it is given, added and removed once. */
class JdbcRouteConnectionRepositoryTest {
    private final TestDatabase db = TestDatabase.get();
    private final JdbcRouteConnectionRepository repository = new JdbcRouteConnectionRepository(db.dataSource());

    @BeforeEach
    void empty() {
        db.truncateApplicationTables();
    }

    @Test
    void aLinkIsStoredOnceWhicheverWayItIsGivenAndRemovedOnce() {
        SystemLink link = new SystemLink(new SolarSystemId(30002187L), new SolarSystemId(30000142L));
        SystemLink reversed = new SystemLink(new SolarSystemId(30000142L), new SolarSystemId(30002187L));

        assertThat(repository.add(link)).isTrue();
        assertThat(repository.add(reversed)).isFalse();
        assertThat(repository.all()).containsExactly(reversed);
        assertThat(repository.remove(reversed)).isTrue();
        assertThat(repository.remove(link)).isFalse();
        assertThat(repository.all()).isEmpty();
    }
}
