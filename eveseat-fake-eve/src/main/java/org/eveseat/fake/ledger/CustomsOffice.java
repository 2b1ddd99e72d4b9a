package org.eveseat.fake.ledger;

import java.util.List;
import java.util.stream.IntStream;

/** A corporation's customs office. {@code standingLevel}: bad, excellent, good, neutral or terrible. */
public record CustomsOffice(long officeId, long systemId, Long typeId, long reinforceExitStart,
                            long reinforceExitEnd, boolean allowAllianceAccess, boolean allowAccessWithStandings,
                            String standingLevel, Double allianceTaxRate, Double corporationTaxRate,
                            Double excellentStandingTaxRate, Double goodStandingTaxRate,
                            Double neutralStandingTaxRate, Double badStandingTaxRate,
                            Double terribleStandingTaxRate) {

    public static List<CustomsOffice> generate(long corporationId, int count) {
        long firstId = 1_000_000_014_530L + Math.floorMod(corporationId, 10_000L) * 1_000L;
        return IntStream.range(0, count).mapToObj(i -> new CustomsOffice(firstId + count - i, 30_003_657L + i,
                2233L, 23, 1, false, true, "neutral", 0.1, 0.02, 0.05, 0.2, 0.5, null, null)).toList();
    }

    public CustomsOffice newer() {
        return new CustomsOffice(officeId + 1, systemId, typeId, reinforceExitStart, reinforceExitEnd,
                allowAllianceAccess, allowAccessWithStandings, standingLevel, allianceTaxRate, corporationTaxRate,
                excellentStandingTaxRate, goodStandingTaxRate, neutralStandingTaxRate, badStandingTaxRate,
                terribleStandingTaxRate);
    }
}
