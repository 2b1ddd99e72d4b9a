package org.eveseat.domain.sync.port.in;

import java.util.Set;

import org.eveseat.domain.sync.model.SyncEndpoint;

/**
 * Brings the schedule in line with the tokens: every endpoint that can run, for every owner whose token grants its
 * scope, is planned once; owners that lost the token or scope are dropped. Safe to call on every node, often.
 */
public interface PlanSyncsUseCase {
    /** @return how many syncs were added */
    int plan(Set<SyncEndpoint> runnable);
}
