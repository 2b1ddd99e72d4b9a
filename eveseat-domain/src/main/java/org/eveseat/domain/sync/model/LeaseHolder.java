package org.eveseat.domain.sync.model;

import java.util.UUID;

import org.eveseat.domain.shared.Require;

/**
 * The node a sync's lease belongs to, named anew at each start of the application. A node that shuts down gives
 * back exactly the leases it holds and no other node's; a node started again is a new holder, and what its
 * previous life held after a crash runs out with its lease.
 */
public record LeaseHolder(String name) {
    public LeaseHolder {
        Require.text(name, 100, "lease holder");
    }

    /** This process, with a random part: two nodes never share a name, even on different hosts. */
    public static LeaseHolder thisProcess() {
        return new LeaseHolder(ProcessHandle.current().pid() + "-" + UUID.randomUUID());
    }

    @Override
    public String toString() {
        return name;
    }
}
