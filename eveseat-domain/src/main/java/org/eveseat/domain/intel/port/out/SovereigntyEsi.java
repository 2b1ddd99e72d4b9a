package org.eveseat.domain.intel.port.out;

import java.util.List;

import org.eveseat.domain.intel.model.SovereigntyCampaign;
import org.eveseat.domain.intel.model.SystemSovereignty;
import org.eveseat.domain.shared.EsiResult;

/** Public sovereignty data on ESI: who holds each null-sec system, and the campaigns fought over them. */
public interface SovereigntyEsi {
    EsiResult<List<SystemSovereignty>> systems();

    EsiResult<List<SovereigntyCampaign>> campaigns();
}
