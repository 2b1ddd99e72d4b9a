package org.eveseat.adapter.web.faces.admin;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eveseat.adapter.batch.scheduler.BatchJobs;
import org.eveseat.adapter.web.faces.ConsoleMessages;
import org.eveseat.domain.shared.DomainException;

/**
 * admin/jobs.xhtml: the newest Jakarta Batch executions with their progress, and Restart for a failed or stopped
 * one (a Faces POST, so it carries the view state). The restart is the one {@code /api/v1/admin/jobs} uses.
 */
@Named
@RequestScoped
public class JobsBacking {
    static final int LIMIT = 100;

    @Inject
    BatchJobs jobs;

    private List<JobRow> rows;

    public List<JobRow> getRuns() {
        if (rows == null) {
            rows = jobs.recent(LIMIT).stream().map(JobRow::of).toList();
        }
        return rows;
    }

    public String restart(long executionId) {
        try {
            long restarted = jobs.restart(executionId);
            ConsoleMessages.info("Execution " + executionId + " restarted as execution " + restarted + ".");
        } catch (DomainException refused) {
            ConsoleMessages.error(refused.getMessage());
        }
        rows = null;
        return null;
    }
}
