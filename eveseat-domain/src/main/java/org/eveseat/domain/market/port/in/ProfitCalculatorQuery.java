package org.eveseat.domain.market.port.in;

import org.eveseat.domain.market.model.ProfitCalculation;
import org.eveseat.domain.shared.Viewer;

/**
 * What buying at one station and selling at another earns after broker fees and sales tax, at the current best
 * prices of the stored books. A character given must be one the viewer may see.
 */
public interface ProfitCalculatorQuery {
    ProfitCalculation calculate(Viewer viewer, ProfitCalculationCommand command);
}
