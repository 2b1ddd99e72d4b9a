package org.eveseat.adapter.web.rest.admin;

import static org.eveseat.adapter.json.Jsonp.JSON;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eveseat.adapter.batch.scheduler.BatchJobs;
import org.eveseat.adapter.batch.scheduler.JobRun;
import org.eveseat.adapter.web.security.AdminOnly;
import org.eveseat.domain.shared.RuleViolationException;

/** The sync jobs' executions, newest first, with step counters; a failed one can be restarted from its checkpoint. */
@Path("v1/admin/jobs")
@RequestScoped
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
public class AdminJobsResource {
    @Inject
    BatchJobs jobs;

    @GET
    public List<JobRun> recent(@QueryParam("limit") @DefaultValue("50") int limit) {
        if (limit < 1 || limit > 1000) {
            throw new RuleViolationException("limit must be between 1 and 1000");
        }
        return jobs.recent(limit);
    }

    @POST
    @Path("{executionId}/restart")
    public JsonObject restart(@PathParam("executionId") String executionId) {
        long id;
        try {
            id = Long.parseLong(executionId);
        } catch (NumberFormatException e) {
            throw new RuleViolationException("execution id must be a number: " + executionId);
        }
        return JSON.createObjectBuilder().add("restartedAs", jobs.restart(id)).build();
    }
}
