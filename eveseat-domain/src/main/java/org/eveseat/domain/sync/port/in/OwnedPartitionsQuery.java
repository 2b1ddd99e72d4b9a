package org.eveseat.domain.sync.port.in;

/** How many of the schedule's partitions this node owns now: all of them alone, a share of them in a cluster. */
public interface OwnedPartitionsQuery {
    int owned();
}
