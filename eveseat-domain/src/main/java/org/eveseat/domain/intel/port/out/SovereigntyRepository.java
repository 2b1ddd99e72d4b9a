package org.eveseat.domain.intel.port.out;

import java.util.List;

import org.eveseat.domain.intel.model.SovereigntyCampaign;
import org.eveseat.domain.intel.model.SystemHolder;

/** The current sovereignty picture; each sync replaces it whole, so a lost claim disappears. */
public interface SovereigntyRepository {
    void replaceHolders(List<SystemHolder> holders);

    List<SystemHolder> holders();

    void replaceCampaigns(List<SovereigntyCampaign> campaigns);

    List<SovereigntyCampaign> campaigns();
}
