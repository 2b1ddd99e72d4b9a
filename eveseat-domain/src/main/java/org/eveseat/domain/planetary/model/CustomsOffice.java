package org.eveseat.domain.planetary.model;

import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;

/**
 * A customs office a corporation owns, with who may use it and at what tax. Reinforcement ends in the window
 * between the two hours (0-23, EVE time). Standing-based access and rates are only set when standings are allowed.
 */
public record CustomsOffice(long officeId, SolarSystemId systemId, TypeId typeId, int reinforceExitStart,
                            int reinforceExitEnd, boolean allowAllianceAccess, boolean allowAccessWithStandings,
                            StandingLevel standingLevel, TaxRates taxRates) {
    public CustomsOffice {
        Require.positive(officeId, "office id");
        Require.present(systemId, "solar system");
        Require.between(reinforceExitStart, 0, 23, "reinforce exit start");
        Require.between(reinforceExitEnd, 0, 23, "reinforce exit end");
        Require.present(taxRates, "tax rates");
    }

    /** Tax rates as fractions (0.05 is 5%); null for groups the office does not serve. */
    public record TaxRates(Double corporation, Double alliance, Double excellentStanding, Double goodStanding,
                           Double neutralStanding, Double badStanding, Double terribleStanding) {
    }
}
