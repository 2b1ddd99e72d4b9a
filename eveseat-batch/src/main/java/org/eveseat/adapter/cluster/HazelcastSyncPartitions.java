package org.eveseat.adapter.cluster;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.partition.Partition;

import org.eveseat.domain.sync.model.SyncKey;
import org.eveseat.domain.sync.port.out.SyncPartitions;

/**
 * Hazelcast's own partitions decide which node syncs what: a key hashes to one of its partitions, each partition
 * has one owner, and Hazelcast moves partitions when members join or leave, so the schedule rebalances with no
 * lock table. Without Hazelcast (a server that has none) this node owns every partition.
 */
@ApplicationScoped
public class HazelcastSyncPartitions implements SyncPartitions {
    /** Hazelcast's default partition count; also the count used when there is no Hazelcast. */
    static final int PARTITIONS = 271;

    private Instance<HazelcastInstance> hazelcast;

    protected HazelcastSyncPartitions() {
    }

    @Inject
    public HazelcastSyncPartitions(Instance<HazelcastInstance> hazelcast) {
        this.hazelcast = hazelcast;
    }

    @Override
    public int partitionOf(SyncKey key) {
        return member() == null ? Math.floorMod(key.toString().hashCode(), PARTITIONS)
                : member().getPartitionService().getPartition(key.toString()).getPartitionId();
    }

    @Override
    public Set<Integer> local() {
        HazelcastInstance member = member();
        if (member == null) {
            return IntStream.range(0, PARTITIONS).boxed().collect(Collectors.toSet());
        }
        return member.getPartitionService().getPartitions().stream()
                .filter(p -> p.getOwner() != null && p.getOwner().localMember())
                .map(Partition::getPartitionId)
                .collect(Collectors.toSet());
    }

    private HazelcastInstance member() {
        return hazelcast.isResolvable() ? hazelcast.get() : null;
    }
}
