package org.eveseat.domain.shared;

import java.time.Instant;
import java.util.Optional;

/**
 * ESI was not called at all because its budget (error limit, a rate-limit group, a 420 or 429) says wait until
 * {@link #until()}. Not a failure of the sync: it is deferred, and due again when the pause ends.
 */
public class UpstreamPausedException extends UpstreamUnavailableException {
    private final Instant until;

    public UpstreamPausedException(String message, Instant until) {
        super(message);
        this.until = until;
    }

    public Instant until() {
        return until;
    }

    /** The pause behind {@code failure}, also when another exception carries it as its cause. */
    public static Optional<UpstreamPausedException> in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UpstreamPausedException paused) {
                return Optional.of(paused);
            }
        }
        return Optional.empty();
    }
}
