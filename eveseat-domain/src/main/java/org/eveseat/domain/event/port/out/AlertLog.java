package org.eveseat.domain.event.port.out;

import java.time.Instant;

/** The alerts already raised, so that each is raised once however many syncs (or nodes) see its cause. */
public interface AlertLog {
    /** Records the alert; true only for the first call with this key. */
    boolean firstTime(String key, Instant at);
}
