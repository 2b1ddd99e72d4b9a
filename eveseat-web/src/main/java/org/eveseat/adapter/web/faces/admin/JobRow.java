package org.eveseat.adapter.web.faces.admin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eveseat.adapter.batch.scheduler.JobRun;

/**
 * One job execution on the jobs page. Progress is what the job repository recorded per step: items read and
 * written (for the wallet journal an item is one ESI page) and the step's own count of entries it stored; then what
 * EVESeat counted itself, which is right also for a run whose node died (shown ABANDONED once its lease ran out).
 */
public record JobRow(long executionId, String job, String sync, String status, String exitStatus, Instant started,
                     Instant ended, List<String> progress, boolean restartable) {
    private static final Set<String> RESTARTABLE = Set.of("FAILED", "STOPPED");

    static JobRow of(JobRun run) {
        Map<String, String> parameters = run.parameters();
        String sync = parameters.containsKey("syncEndpoint")
                ? parameters.get("syncEndpoint") + ":" + parameters.getOrDefault("syncOwnerId", "?") : null;
        List<String> progress = new ArrayList<>(run.steps().stream().map(JobRow::progress).toList());
        if (run.pagesStored() > 0 || run.rowsStored() > 0) {
            progress.add("in all: " + run.pagesStored() + " pages, " + run.rowsStored() + " rows stored");
        }
        return new JobRow(run.executionId(), run.job(), sync, run.status(), run.exitStatus(), run.started(),
                run.ended(), List.copyOf(progress), RESTARTABLE.contains(run.status()));
    }

    static String progress(JobRun.StepRun step) {
        long read = step.metrics().getOrDefault("READ_COUNT", 0L);
        long written = step.metrics().getOrDefault("WRITE_COUNT", 0L);
        String stored = step.userData() != null && step.userData().matches("\\d+")
                ? ", " + step.userData() + " entries stored" : "";
        return step.name() + ": " + read + " read, " + written + " written" + stored;
    }
}
