package org.eveseat.adapter.cluster;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.partition.Partition;

import org.eveseat.domain.sync.model.SyncKey;
import org.eveseat.domain.sync.port.out.SyncPartitions;

/**
 * Hazelcast's own partitions decide which node syncs what: a key hashes to one of its partitions, each partition
 * has one owner, and Hazelcast moves partitions when members join or leave, so the schedule rebalances with no
 * lock table. Chosen over {@link LocalSyncPartitions} wherever Hazelcast's classes exist (Payara); without a
 * Hazelcast instance this node owns every partition.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
public class HazelcastSyncPartitions implements SyncPartitions {
    private final LocalSyncPartitions alone = new LocalSyncPartitions();
    private Instance<HazelcastInstance> hazelcast;

    protected HazelcastSyncPartitions() {
    }

    @Inject
    public HazelcastSyncPartitions(Instance<HazelcastInstance> hazelcast) {
        this.hazelcast = hazelcast;
    }

    @Override
    public int partitionOf(SyncKey key) {
        return member() == null ? alone.partitionOf(key)
                : member().getPartitionService().getPartition(key.toString()).getPartitionId();
    }

    @Override
    public Set<Integer> local() {
        HazelcastInstance member = member();
        if (member == null) {
            return alone.local();
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
