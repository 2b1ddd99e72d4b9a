package org.eveseat.domain.contract.port.in;

import java.util.List;

import org.eveseat.domain.shared.RegionId;

/**
 * The outstanding contracts of a region whose items were never fetched, in ascending id order from just above
 * {@code afterContractId}, so a reader can resume after the last contract it finished.
 */
public interface PendingContractDetailsQuery {
    List<Long> pendingAfter(RegionId regionId, long afterContractId, int limit);
}
