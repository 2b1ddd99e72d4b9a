package org.eveseat.domain.market.model;

/** The EVE SSO scopes the market feature reads with. */
public final class MarketScopes {
    public static final String READ_CHARACTER_ORDERS = "esi-markets.read_character_orders.v1";
    public static final String READ_CORPORATION_ORDERS = "esi-markets.read_corporation_orders.v1";
    public static final String STRUCTURE_MARKETS = "esi-markets.structure_markets.v1";

    private MarketScopes() {
    }
}
