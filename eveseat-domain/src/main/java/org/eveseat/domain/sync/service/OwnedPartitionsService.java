package org.eveseat.domain.sync.service;

import org.eveseat.domain.sync.port.in.OwnedPartitionsQuery;
import org.eveseat.domain.sync.port.out.SyncPartitions;

/** Counts this node's partitions, for the admin console and the cluster test. */
public class OwnedPartitionsService implements OwnedPartitionsQuery {
    private final SyncPartitions partitions;

    public OwnedPartitionsService(SyncPartitions partitions) {
        this.partitions = partitions;
    }

    @Override
    public int owned() {
        return partitions.local().size();
    }
}
