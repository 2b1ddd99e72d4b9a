package org.eveseat.adapter.web.faces.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.eveseat.domain.sync.model.ScheduledSync;
import org.eveseat.domain.sync.model.SyncEndpoint;
import org.eveseat.domain.sync.model.SyncKey;
import org.eveseat.domain.sync.model.SyncState;
import org.junit.jupiter.api.Test;

class ScheduleViewTest {
    private static final Instant T = Instant.parse("2026-12-01T12:00:00Z");

    private final ScheduledSync journalOk = sync(SyncEndpoint.WALLET_JOURNAL, 1, T.plusSeconds(600),
            new SyncState(T, T, "UPDATED", null, 0));
    private final ScheduledSync journalFailed = sync(SyncEndpoint.WALLET_JOURNAL, 2, T.plusSeconds(60),
            new SyncState(T.plusSeconds(5), null, "FAILED", "ESI answered 503 three times", 2));
    private final ScheduledSync journalOldError = sync(SyncEndpoint.WALLET_JOURNAL, 3, T.plusSeconds(900),
            new SyncState(T.minusSeconds(3600), T, "UPDATED", "an old 502", 0));
    private final ScheduledSync mailNew = sync(SyncEndpoint.MAIL, 1, T, SyncState.never());
    private final List<ScheduledSync> all = List.of(journalOk, journalFailed, journalOldError, mailNew);

    @Test
    void filtersByEndpointAndByLastOutcomeAndBlankMeansAll() {
        assertThat(ScheduleView.filter(all, "", null)).containsExactlyElementsOf(all);
        assertThat(ScheduleView.filter(all, "WALLET_JOURNAL", "")).containsExactly(journalOk, journalFailed, journalOldError);
        assertThat(ScheduleView.filter(all, "WALLET_JOURNAL", "FAILED")).containsExactly(journalFailed);
        assertThat(ScheduleView.filter(all, null, "NEW")).containsExactly(mailNew);
        assertThat(ScheduleView.filter(all, "MAIL", "FAILED")).isEmpty();
    }

    @Test
    void eachEndpointShowsItsFailingCountNewestErrorAndNextDue() {
        List<EndpointSummary> summaries = ScheduleView.summarise(all);

        assertThat(summaries).extracting(EndpointSummary::endpoint).containsExactly("MAIL", "WALLET_JOURNAL");
        EndpointSummary journal = summaries.get(1);
        assertThat(journal.planned()).isEqualTo(3);
        assertThat(journal.failing()).isEqualTo(1);
        assertThat(journal.lastError()).isEqualTo("ESI answered 503 three times");
        assertThat(journal.lastErrorOwner()).isEqualTo(2);
        assertThat(journal.lastErrorAt()).isEqualTo(T.plusSeconds(5));
        assertThat(journal.nextDue()).isEqualTo(T.plusSeconds(60));
        assertThat(summaries.get(0).lastError()).isNull();
        assertThat(summaries.get(0).lastErrorAt()).isNull();
    }

    private static ScheduledSync sync(SyncEndpoint endpoint, long owner, Instant due, SyncState state) {
        return new ScheduledSync(new SyncKey(endpoint, owner), owner, 0, due, state);
    }
}
