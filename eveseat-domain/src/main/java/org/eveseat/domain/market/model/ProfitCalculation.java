package org.eveseat.domain.market.model;

import java.math.BigDecimal;

import org.eveseat.domain.shared.Isk;

/**
 * A trade's outcome: unit prices, the fees and tax of the whole quantity, profit (whole, per unit, per m3 of cargo,
 * per day of the type's traded volume) and margin (profit in percent of the sale). {@code profitPerM3} is null for
 * a type without volume; {@code dailyVolume} and {@code profitPerDay} are null while no history is known.
 */
public record ProfitCalculation(Isk buyPrice, Isk sellPrice, Isk brokerFee, Isk salesTax, Isk profitPerUnit,
                                BigDecimal marginPercent, Isk profit, Isk profitPerM3, Long dailyVolume,
                                Isk profitPerDay, AppliedTaxes taxes) {
}
