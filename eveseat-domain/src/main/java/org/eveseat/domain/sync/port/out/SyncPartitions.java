package org.eveseat.domain.sync.port.out;

import java.util.Set;

import org.eveseat.domain.sync.model.SyncKey;

/**
 * Splits the schedule between the nodes of a cluster. A key's partition never changes; which partitions a node
 * owns does, when nodes join or leave, and the syncs move with them.
 */
public interface SyncPartitions {
    int partitionOf(SyncKey key);

    Set<Integer> local();
}
