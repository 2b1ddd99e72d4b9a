package org.eveseat.domain.market.model;

import java.util.List;

import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.Require;

/**
 * What a list costs at one hub's station bought from its sell orders ({@code buyTotal}) and earns sold into its buy
 * orders ({@code sellTotal}), walking each book from its best price; what the orders there cannot cover is
 * {@code missing} (to buy) and {@code unsold} (to sell).
 */
public record HubQuote(TradeHub hub, Isk buyTotal, Isk sellTotal, List<QuickTradeLine> missing,
                       List<QuickTradeLine> unsold) {
    public HubQuote {
        Require.present(hub, "hub");
        missing = Require.list(missing, "missing");
        unsold = Require.list(unsold, "unsold");
    }
}
