package org.eveseat.domain.market.model;

import java.util.Set;

import org.eveseat.domain.corporation.model.CorporationRole;

/**
 * Who sees a corporation's market orders here, by role: its Directors and Accountants (who see its wallets) and its
 * Traders, whom the game lets manage the corporation's orders. Admins always do.
 */
public final class MarketRoles {
    public static final Set<CorporationRole> CORPORATION_ORDERS =
            Set.of(CorporationRole.DIRECTOR, CorporationRole.ACCOUNTANT, CorporationRole.TRADER);

    private MarketRoles() {
    }
}
