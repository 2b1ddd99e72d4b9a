package org.eveseat.adapter.esi.common;

import java.util.concurrent.atomic.LongAdder;

/** Counts ESI's answers on this node: all calls, 304s (the cache doing its job), client and server errors. */
public final class EsiAnswers {
    private final LongAdder calls = new LongAdder();
    private final LongAdder notModified = new LongAdder();
    private final LongAdder clientErrors = new LongAdder();
    private final LongAdder serverErrors = new LongAdder();

    void count(int status) {
        calls.increment();
        if (status == 304) {
            notModified.increment();
        } else if (status >= 500) {
            serverErrors.increment();
        } else if (status >= 400) {
            clientErrors.increment();
        }
    }

    public long calls() {
        return calls.sum();
    }

    public long notModified() {
        return notModified.sum();
    }

    public long clientErrors() {
        return clientErrors.sum();
    }

    public long serverErrors() {
        return serverErrors.sum();
    }

    /** Share of calls answered 304, 0 before the first call. */
    public double notModifiedRatio() {
        long all = calls();
        return all == 0 ? 0 : (double) notModified() / all;
    }
}
