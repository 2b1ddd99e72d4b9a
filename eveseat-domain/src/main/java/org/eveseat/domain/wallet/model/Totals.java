package org.eveseat.domain.wallet.model;

import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.Require;

/** Money in (positive amounts), money out (negative amounts, kept negative) and how many entries moved it. */
public record Totals(Isk income, Isk expense, long entries) {
    public Totals {
        Require.present(income, "income");
        Require.present(expense, "expense");
        Require.notNegative(entries, "entries");
    }
}
