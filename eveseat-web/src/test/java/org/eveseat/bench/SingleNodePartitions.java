package org.eveseat.bench;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.eveseat.domain.sync.model.SyncKey;
import org.eveseat.domain.sync.port.out.SyncPartitions;

/** What the server's partitions are without Hazelcast: 271 of them, all owned by this node. */
final class SingleNodePartitions implements SyncPartitions {
    private static final int PARTITIONS = 271;
    private static final Set<Integer> ALL = IntStream.range(0, PARTITIONS).boxed().collect(Collectors.toSet());

    @Override
    public int partitionOf(SyncKey key) {
        return Math.floorMod(key.toString().hashCode(), PARTITIONS);
    }

    @Override
    public Set<Integer> local() {
        return ALL;
    }
}
