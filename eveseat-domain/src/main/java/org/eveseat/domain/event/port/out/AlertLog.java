package org.eveseat.domain.event.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/** The alerts already raised, so that each is raised once however many syncs (or nodes) see its cause. */
public interface AlertLog {
    /** Records the alerts; returns the keys that were not recorded before. */
    Set<String> firstTimes(Collection<String> keys, Instant at);
}
