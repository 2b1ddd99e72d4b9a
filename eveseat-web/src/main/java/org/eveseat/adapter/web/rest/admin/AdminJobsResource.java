package org.eveseat.adapter.web.rest.admin;

import static org.eveseat.adapter.json.Jsonp.JSON;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eveseat.adapter.batch.scheduler.BatchJobs;
import org.eveseat.adapter.batch.scheduler.JobRun;
import org.eveseat.adapter.web.rest.RequestParams;
import org.eveseat.adapter.web.security.AdminOnly;

/** The sync jobs' executions, newest first, with step counters; a failed one can be restarted from its checkpoint. */
@Path("v1/admin/jobs")
@RequestScoped
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
public class AdminJobsResource {
    @Inject
    BatchJobs jobs;

    @GET
    public List<JobRun> recent(@QueryParam("limit") String limit) {
        return jobs.recent(RequestParams.limit(limit, 50, 1000));
    }

    @POST
    @Path("{executionId}/restart")
    public JsonObject restart(@PathParam("executionId") String executionId) {
        long id = RequestParams.id(executionId, "execution id");
        return JSON.createObjectBuilder().add("restartedAs", jobs.restart(id)).build();
    }
}
