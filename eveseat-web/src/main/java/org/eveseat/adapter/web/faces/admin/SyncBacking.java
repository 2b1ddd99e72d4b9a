package org.eveseat.adapter.web.faces.admin;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eveseat.adapter.batch.scheduler.SyncScheduler;
import org.eveseat.domain.shared.SyncOutcome;
import org.eveseat.domain.sync.model.ScheduledSync;
import org.eveseat.domain.sync.model.SyncEndpoint;
import org.eveseat.domain.sync.model.SyncState;
import org.eveseat.domain.sync.port.in.SyncScheduleQuery;

/**
 * admin/sync.xhtml: the schedule with the last error per endpoint, filterable by endpoint and by the last
 * outcome. The filter lives in the query string ({@code ?endpoint=MAIL&outcome=FAILED}), so a view can be linked.
 */
@Named
@RequestScoped
public class SyncBacking {
    static final int LIMIT = 5_000;

    @Inject
    SyncScheduleQuery schedule;

    @Inject
    SyncScheduler scheduler;

    private String endpoint;
    private String outcome;
    private List<ScheduledSync> all;

    public List<ScheduledSync> getRows() {
        return ScheduleView.filter(all(), endpoint, outcome);
    }

    public List<EndpointSummary> getSummaries() {
        return ScheduleView.summarise(all());
    }

    public List<String> getEndpointNames() {
        return Arrays.stream(SyncEndpoint.values()).map(Enum::name).toList();
    }

    /** The outcomes a sync can have recorded, and NEW for one that has not run yet. */
    public List<String> getOutcomeNames() {
        return Stream.concat(Stream.of(SyncState.never().lastStatus()),
                Arrays.stream(SyncOutcome.Status.values()).map(Enum::name)).toList();
    }

    public SyncScheduler getScheduler() {
        return scheduler;
    }

    /** Post-redirect-get, so the filtered view has its own address. */
    public String applyFilter() {
        return "sync?faces-redirect=true&includeViewParams=true";
    }

    public String getEndpoint() {
        return endpoint;
    }

    public void setEndpoint(String endpoint) {
        this.endpoint = endpoint;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    private List<ScheduledSync> all() {
        if (all == null) {
            all = schedule.list(LIMIT);
        }
        return all;
    }
}
