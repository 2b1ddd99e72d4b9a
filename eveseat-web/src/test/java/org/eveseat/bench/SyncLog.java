package org.eveseat.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import org.eveseat.domain.shared.SyncOutcome;
import org.eveseat.domain.sync.model.ScheduledSync;

/**
 * Finished syncs grouped by the window their due time falls in: how many, how they ended, and how late they
 * finished after being due (in the scheduler's time). A sync that finishes a whole window after its due time has
 * missed its cache window: its next run would already have been due.
 */
final class SyncLog {
    /** One window's figures. */
    static final class Window {
        int syncs;
        int missed;
        long maxLatenessMillis;
        final Map<SyncOutcome.Status, Integer> outcomes = new EnumMap<>(SyncOutcome.Status.class);
    }

    private final Instant start;
    private final Duration window;
    private final Window[] windows;

    SyncLog(Instant start, Duration window, int windows) {
        this.start = start;
        this.window = window;
        this.windows = new Window[windows];
        for (int i = 0; i < windows; i++) {
            this.windows[i] = new Window();
        }
    }

    synchronized void finished(ScheduledSync sync, SyncOutcome.Status status, Instant at) {
        int index = (int) (Duration.between(start, sync.nextDue()).toMillis() / window.toMillis());
        if (index < 0 || index >= windows.length) {
            return;
        }
        Window w = windows[index];
        long lateness = Duration.between(sync.nextDue(), at).toMillis();
        w.syncs++;
        w.maxLatenessMillis = Math.max(w.maxLatenessMillis, lateness);
        if (lateness >= window.toMillis()) {
            w.missed++;
        }
        w.outcomes.merge(status, 1, Integer::sum);
    }

    synchronized Window window(int index) {
        return windows[index];
    }
}
