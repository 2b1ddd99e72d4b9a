package org.eveseat.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.wallet.model.JournalOwner;
import org.eveseat.domain.wallet.model.JournalWalk;
import org.eveseat.domain.wallet.model.WalletDivision;
import org.eveseat.domain.wallet.port.out.JournalWalkRepository;
import org.junit.jupiter.api.Test;

/**
 * What every {@link JournalWalkRepository} keeps: the last walk of each owner, found again while it is unfinished,
 * so a walk cut short goes on where it stopped. A test class implements it with an empty repository per test.
 */
public interface JournalWalkRepositoryContract {
    CharacterId VIA = new CharacterId(2112625428L);
    Instant EXPIRES = Instant.parse("2026-11-25T13:00:00Z");
    JournalOwner WALKED_DIVISION = JournalOwner.corporation(98000001L, new WalletDivision(3));

    /** An empty store of walks. */
    JournalWalkRepository walks();

    @Test
    default void aWalkCutShortIsFoundWhereItStopped() {
        JournalWalk walk = JournalWalk.begin(WALKED_DIVISION, VIA, 4242).after(1, EXPIRES, false)
                .after(2, EXPIRES, false);

        walks().save(walk);

        assertThat(walks().unfinished(WALKED_DIVISION)).contains(walk);
        assertThat(walks().unfinished(JournalOwner.character(VIA.value()))).isEmpty();
    }

    @Test
    default void aFinishedWalkIsNotResumed() {
        walks().save(JournalWalk.begin(WALKED_DIVISION, VIA, 0).after(1, EXPIRES, false));
        walks().save(JournalWalk.begin(WALKED_DIVISION, VIA, 0).after(1, EXPIRES, false).after(2, EXPIRES, true));

        assertThat(walks().unfinished(WALKED_DIVISION)).isEmpty();
    }

    @Test
    default void aNewWalkReplacesTheOwnersLastOne() {
        walks().save(JournalWalk.begin(WALKED_DIVISION, VIA, 0).after(1, EXPIRES, true));
        JournalWalk next = JournalWalk.begin(WALKED_DIVISION, VIA, 77).after(1, EXPIRES.plusSeconds(3600), false);

        walks().save(next);

        assertThat(walks().unfinished(WALKED_DIVISION)).contains(next);
    }
}
