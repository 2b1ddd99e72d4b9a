package org.eveseat.adapter.esi.common;

import java.time.Instant;

import org.eveseat.domain.shared.UpstreamPausedException;

/** EVESeat holds back from ESI until {@link #until()}: error budget low, 420, 429 or a rate bucket spent. */
public class EsiPausedException extends UpstreamPausedException {
    public EsiPausedException(String reason, Instant until) {
        super(reason + "; ESI calls paused until " + until, until);
    }
}
