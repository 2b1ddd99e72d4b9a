package org.eveseat.adapter.persistence.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.eveseat.adapter.persistence.testing.TestDatabase;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.wallet.model.JournalOwner;
import org.eveseat.domain.wallet.model.JournalWalk;
import org.eveseat.domain.wallet.model.WalletDivision;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbcJournalWalkRepositoryTest {
    private static final CharacterId VIA = new CharacterId(2112625428L);
    private static final Instant EXPIRES = Instant.parse("2026-11-25T13:00:00Z");

    private final TestDatabase db = TestDatabase.get();
    private final JdbcJournalWalkRepository walks = new JdbcJournalWalkRepository(db.dataSource());
    private final JournalOwner division = JournalOwner.corporation(98000001L, new WalletDivision(3));

    @BeforeEach
    void empty() {
        db.truncateApplicationTables();
    }

    @Test
    void aWalkCutShortIsFoundWhereItStopped() {
        JournalWalk walk = JournalWalk.begin(division, VIA, 4242).after(1, EXPIRES, false).after(2, EXPIRES, false);

        walks.save(walk);

        assertThat(walks.unfinished(division)).contains(walk);
        assertThat(walks.unfinished(JournalOwner.character(VIA.value()))).isEmpty();
    }

    @Test
    void aFinishedWalkIsNotResumed() {
        walks.save(JournalWalk.begin(division, VIA, 0).after(1, EXPIRES, false));
        walks.save(JournalWalk.begin(division, VIA, 0).after(1, EXPIRES, false).after(2, EXPIRES, true));

        assertThat(walks.unfinished(division)).isEmpty();
    }
}
