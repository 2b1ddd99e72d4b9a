package org.eveseat.domain.intel.port.in;

import org.eveseat.domain.intel.model.SystemReport;
import org.eveseat.domain.shared.SolarSystemId;

/**
 * The details of one solar system for the star map (public data): names, security, sovereignty holder, activity
 * over the last hour and day, incursion. A system the static data does not know is not found.
 */
public interface SystemReportQuery {
    SystemReport report(SolarSystemId systemId);
}
