package org.eveseat.adapter.persistence.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eveseat.adapter.persistence.testing.TestDatabase;
import org.eveseat.domain.event.port.out.AlertLog;
import org.junit.jupiter.api.Test;

class JdbcAlertLogTest {
    private static final Instant AT = Instant.parse("2026-12-03T12:00:00Z");

    private final TestDatabase db = TestDatabase.get();
    private final AlertLog alerts = new JdbcAlertLog(db.dataSource());

    @Test
    void anAlertIsFirstOnlyOnceWhoeverAsksAgain() {
        String key = "contract.expiring:character:2112625428:" + UUID.randomUUID();

        assertThat(alerts.firstTimes(List.of(key), AT)).containsExactly(key);
        assertThat(alerts.firstTimes(List.of(key), AT.plusSeconds(60))).isEmpty();
        assertThat(new JdbcAlertLog(db.dataSource()).firstTimes(List.of(key, key + "-other"), AT))
                .containsExactly(key + "-other");
    }
}
