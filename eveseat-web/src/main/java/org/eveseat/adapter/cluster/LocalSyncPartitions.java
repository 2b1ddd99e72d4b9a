package org.eveseat.adapter.cluster;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;

import org.eveseat.domain.sync.model.SyncKey;
import org.eveseat.domain.sync.port.out.SyncPartitions;

/**
 * A node on its own owns every partition. This is the choice on a server without Hazelcast (WildFly), where
 * {@link HazelcastSyncPartitions} cannot even load, and its fallback where Hazelcast is off.
 */
@ApplicationScoped
public class LocalSyncPartitions implements SyncPartitions {
    /** Hazelcast's default partition count, so keys keep their partition when a cluster forms. */
    static final int PARTITIONS = 271;

    @Override
    public int partitionOf(SyncKey key) {
        return Math.floorMod(key.toString().hashCode(), PARTITIONS);
    }

    @Override
    public Set<Integer> local() {
        return IntStream.range(0, PARTITIONS).boxed().collect(Collectors.toSet());
    }
}
