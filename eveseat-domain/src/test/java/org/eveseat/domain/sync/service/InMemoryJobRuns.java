package org.eveseat.domain.sync.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eveseat.domain.sync.model.JobRunOutcome;
import org.eveseat.domain.sync.model.JobRunRef;
import org.eveseat.domain.sync.port.out.JobRunRepository;

/** The job run log in memory, with the same rules as the table. */
final class InMemoryJobRuns implements JobRunRepository {
    private final Map<Long, JobRunRef> runs = new TreeMap<>();
    private final Map<Long, Instant> leases = new TreeMap<>();

    @Override
    public void add(JobRunRef run, Instant leaseUntil) {
        runs.putIfAbsent(run.executionId(), run);
        leases.putIfAbsent(run.executionId(), leaseUntil);
    }

    @Override
    public void progressed(long executionId, long pagesStored, long rowsStored, Instant leaseUntil) {
        JobRunRef r = runs.get(executionId);
        runs.put(executionId, new JobRunRef(executionId, r.job(), r.sync(), r.startedAt(), r.outcome(), r.endedAt(),
                pagesStored, rowsStored));
        leases.put(executionId, leaseUntil);
    }

    @Override
    public void ended(JobRunRef end) {
        JobRunRef r = runs.getOrDefault(end.executionId(), end);
        runs.put(end.executionId(), new JobRunRef(end.executionId(), r.job(), r.sync(), r.startedAt(),
                end.outcome(), end.endedAt(), r.pagesStored(), r.rowsStored()));
        leases.putIfAbsent(end.executionId(), end.endedAt());
    }

    @Override
    public List<JobRunRef> abandonExpired(Instant now) {
        List<JobRunRef> abandoned = new ArrayList<>();
        for (JobRunRef r : List.copyOf(runs.values())) {
            Instant lease = leases.get(r.executionId());
            if (r.outcome() == null && lease.isBefore(now)) {
                ended(new JobRunRef(r.executionId(), r.job(), r.sync(), r.startedAt(), JobRunOutcome.ABANDONED,
                        lease, 0, 0));
                abandoned.add(runs.get(r.executionId()));
            }
        }
        return abandoned;
    }

    @Override
    public List<JobRunRef> newest(int limit) {
        return runs.values().stream().sorted(Comparator.comparingLong(JobRunRef::executionId).reversed())
                .limit(limit).toList();
    }
}
