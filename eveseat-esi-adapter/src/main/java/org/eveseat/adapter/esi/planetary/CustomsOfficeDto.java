package org.eveseat.adapter.esi.planetary;

/** A corporation's customs office as ESI sends it; tax rates are absent for groups it does not serve. */
public record CustomsOfficeDto(long officeId, long systemId, Long typeId, int reinforceExitStart,
                               int reinforceExitEnd, boolean allowAllianceAccess, boolean allowAccessWithStandings,
                               String standingLevel, Double corporationTaxRate, Double allianceTaxRate,
                               Double excellentStandingTaxRate, Double goodStandingTaxRate,
                               Double neutralStandingTaxRate, Double badStandingTaxRate,
                               Double terribleStandingTaxRate) {
}
