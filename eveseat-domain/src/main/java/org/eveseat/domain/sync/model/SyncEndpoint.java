package org.eveseat.domain.sync.model;

import java.time.Duration;

/**
 * What the scheduler keeps current, per owner: a character, a corporation, or a public resource (a region, or the
 * whole universe as owner 0). The interval is the least time between two syncs; ESI's Expires can only push the
 * next one later. The scope is what the token must grant before the endpoint is scheduled at all.
 */
public enum SyncEndpoint {
    WALLET_BALANCE(OwnerKind.CHARACTER, "esi-wallet.read_character_wallet.v1", Duration.ofMinutes(10)),
    WALLET_JOURNAL(OwnerKind.CHARACTER, "esi-wallet.read_character_wallet.v1", Duration.ofMinutes(10)),
    CORPORATION_WALLET_JOURNAL(OwnerKind.CORPORATION, "esi-wallet.read_corporation_wallets.v1",
            Duration.ofMinutes(10)),
    WALLET_TRANSACTIONS(OwnerKind.CHARACTER, "esi-wallet.read_character_wallet.v1", Duration.ofHours(1)),
    CORPORATION_WALLET_TRANSACTIONS(OwnerKind.CORPORATION, "esi-wallet.read_corporation_wallets.v1",
            Duration.ofHours(1)),
    /** The seven division balances, and their names when the member reading them is a Director. */
    CORPORATION_WALLET_BALANCES(OwnerKind.CORPORATION, "esi-wallet.read_corporation_wallets.v1",
            Duration.ofMinutes(10)),
    /** Members' roles: who may see the corporation's wallets here. */
    CORPORATION_MEMBER_ROLES(OwnerKind.CORPORATION, "esi-corporations.read_corporation_membership.v1",
            Duration.ofHours(1)),
    MAIL(OwnerKind.CHARACTER, "esi-mail.read_mail.v1", Duration.ofMinutes(30)),
    CONTACTS(OwnerKind.CHARACTER, "esi-characters.read_contacts.v1", Duration.ofHours(1)),
    CORPORATION_CONTACTS(OwnerKind.CORPORATION, "esi-corporations.read_contacts.v1", Duration.ofHours(1)),
    CALENDAR(OwnerKind.CHARACTER, "esi-calendar.read_calendar_events.v1", Duration.ofMinutes(15)),
    CONTRACTS(OwnerKind.CHARACTER, "esi-contracts.read_character_contracts.v1", Duration.ofMinutes(30)),
    CORPORATION_CONTRACTS(OwnerKind.CORPORATION, "esi-contracts.read_corporation_contracts.v1",
            Duration.ofMinutes(30)),
    /** Recent kills and losses; ESI caches the list for 5 minutes but allows 30 killmail reads per 15 minutes. */
    KILLMAILS(OwnerKind.CHARACTER, "esi-killmails.read_killmails.v1", Duration.ofMinutes(15)),
    CORPORATION_KILLMAILS(OwnerKind.CORPORATION, "esi-killmails.read_corporation_killmails.v1",
            Duration.ofMinutes(15)),
    INDUSTRY(OwnerKind.CHARACTER, "esi-industry.read_character_jobs.v1", Duration.ofMinutes(30)),
    PLANETS(OwnerKind.CHARACTER, "esi-planets.manage_planets.v1", Duration.ofHours(1)),
    /** Open orders (ESI caches them 20 minutes) and the 90-day order history (an hour). */
    MARKET_ORDERS(OwnerKind.CHARACTER, "esi-markets.read_character_orders.v1", Duration.ofMinutes(20)),
    /** Open orders; ESI wants the member to be Accountant or Trader. */
    CORPORATION_MARKET_ORDERS(OwnerKind.CORPORATION, "esi-markets.read_corporation_orders.v1",
            Duration.ofMinutes(20)),
    /** Which corporation each linked character is in: decides whose token reads corporation data. */
    AFFILIATIONS(OwnerKind.UNIVERSE, null, Duration.ofHours(1)),
    PUBLIC_CONTRACTS(OwnerKind.REGION, null, Duration.ofDays(1)),
    SOVEREIGNTY(OwnerKind.UNIVERSE, null, Duration.ofHours(1)),
    /** Scheduled and running sovereignty fights; ESI caches them for seconds, the map needs minutes. */
    SOVEREIGNTY_CAMPAIGNS(OwnerKind.UNIVERSE, null, Duration.ofMinutes(10)),
    /** ESI's hourly kill and jump statistics of every system, kept per hour for the map's 24-hour view. */
    SYSTEM_ACTIVITY(OwnerKind.UNIVERSE, null, Duration.ofHours(1)),
    WARS(OwnerKind.UNIVERSE, null, Duration.ofMinutes(30)),
    INCURSIONS(OwnerKind.UNIVERSE, null, Duration.ofMinutes(10)),
    /** A region's whole public order book, as often as ESI renews it (its cache time is 5 minutes). */
    MARKET_BOOK(OwnerKind.REGION, null, Duration.ofMinutes(5)),
    /** A kept player structure's market (ESI caches it 5 minutes), read through a character that may dock there. */
    MARKET_STRUCTURE(OwnerKind.STRUCTURE, "esi-markets.structure_markets.v1", Duration.ofMinutes(5)),
    /** CCP's average and adjusted prices of every type; ESI caches them for an hour. */
    MARKET_PRICES(OwnerKind.UNIVERSE, null, Duration.ofHours(1)),
    /** The price history of the types most traded at the five hubs, once a day after ESI publishes it. */
    MARKET_HUB_HISTORY(OwnerKind.UNIVERSE, null, Duration.ofHours(20));

    public enum OwnerKind { CHARACTER, CORPORATION, REGION, STRUCTURE, UNIVERSE }

    private final OwnerKind ownerKind;
    private final String scope;
    private final Duration interval;

    SyncEndpoint(OwnerKind ownerKind, String scope, Duration interval) {
        this.ownerKind = ownerKind;
        this.scope = scope;
        this.interval = interval;
    }

    public OwnerKind ownerKind() {
        return ownerKind;
    }

    /** The SSO scope the token needs; null for public data. */
    public String scope() {
        return scope;
    }

    public Duration interval() {
        return interval;
    }
}
