package org.eveseat.domain.intel.model;

import java.util.List;

import org.eveseat.domain.shared.Require;

/** The held systems (unclaimed ones left out) and the campaigns fought over sovereignty now. */
public record SovereigntyMap(List<SystemHolder> holders, List<SovereigntyCampaign> campaigns) {
    public SovereigntyMap {
        holders = Require.list(holders, "holders");
        campaigns = Require.list(campaigns, "campaigns");
    }
}
