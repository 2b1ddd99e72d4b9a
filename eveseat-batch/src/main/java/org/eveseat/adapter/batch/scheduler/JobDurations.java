package org.eveseat.adapter.batch.scheduler;

import java.time.Duration;

/** Count, total and longest duration of one job's executions on this node. */
final class JobDurations {
    private long count;
    private long totalMillis;
    private long maxMillis;

    synchronized void add(Duration took) {
        long millis = took.toMillis();
        count++;
        totalMillis += millis;
        maxMillis = Math.max(maxMillis, millis);
    }

    /** {count, mean, max}, in milliseconds. */
    synchronized long[] snapshot() {
        return new long[] {count, count == 0 ? 0 : totalMillis / count, maxMillis};
    }
}
