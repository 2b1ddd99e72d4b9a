package org.eveseat.domain.market.model;

import java.util.List;

import org.eveseat.domain.shared.Require;

/** A pasted item list read: the lines recognised (one per type, quantities summed), those not, and each hub's quote. */
public record QuickTrade(List<QuickTradeLine> lines, List<String> unknown, List<HubQuote> hubs) {
    public QuickTrade {
        lines = Require.list(lines, "lines");
        unknown = Require.list(unknown, "unknown");
        hubs = Require.list(hubs, "hubs");
    }
}
