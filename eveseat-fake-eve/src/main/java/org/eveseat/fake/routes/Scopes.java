package org.eveseat.fake.routes;

import java.util.List;

/** The SSO scopes of the operations the fake serves. */
public final class Scopes {

    public static final String READ_MAIL = "esi-mail.read_mail.v1";
    public static final String SEND_MAIL = "esi-mail.send_mail.v1";
    public static final String ORGANIZE_MAIL = "esi-mail.organize_mail.v1";
    public static final String READ_CONTACTS = "esi-characters.read_contacts.v1";
    public static final String WRITE_CONTACTS = "esi-characters.write_contacts.v1";
    public static final String READ_CORPORATION_CONTACTS = "esi-corporations.read_contacts.v1";
    public static final String READ_ALLIANCE_CONTACTS = "esi-alliances.read_contacts.v1";
    public static final String READ_CALENDAR = "esi-calendar.read_calendar_events.v1";
    public static final String RESPOND_CALENDAR = "esi-calendar.respond_calendar_events.v1";
    public static final String READ_CHARACTER_CONTRACTS = "esi-contracts.read_character_contracts.v1";
    public static final String READ_CORPORATION_CONTRACTS = "esi-contracts.read_corporation_contracts.v1";
    public static final String READ_CHARACTER_WALLET = "esi-wallet.read_character_wallet.v1";
    public static final String READ_CORPORATION_WALLETS = "esi-wallet.read_corporation_wallets.v1";
    public static final String READ_DIVISIONS = "esi-corporations.read_divisions.v1";
    public static final String READ_CHARACTER_JOBS = "esi-industry.read_character_jobs.v1";
    public static final String READ_CORPORATION_JOBS = "esi-industry.read_corporation_jobs.v1";
    public static final String READ_BLUEPRINTS = "esi-characters.read_blueprints.v1";
    public static final String READ_CORPORATION_BLUEPRINTS = "esi-corporations.read_blueprints.v1";
    public static final String MANAGE_PLANETS = "esi-planets.manage_planets.v1";
    public static final String READ_CUSTOMS_OFFICES = "esi-planets.read_customs_offices.v1";
    public static final String READ_LOYALTY = "esi-characters.read_loyalty.v1";
    public static final String READ_KILLMAILS = "esi-killmails.read_killmails.v1";
    public static final String READ_CORPORATION_KILLMAILS = "esi-killmails.read_corporation_killmails.v1";
    public static final String STRUCTURE_MARKETS = "esi-markets.structure_markets.v1";
    public static final String READ_CHARACTER_ORDERS = "esi-markets.read_character_orders.v1";
    public static final String READ_CORPORATION_ORDERS = "esi-markets.read_corporation_orders.v1";
    public static final String READ_STRUCTURES = "esi-universe.read_structures.v1";
    public static final String READ_LOCATION = "esi-location.read_location.v1";
    public static final String READ_SHIP_TYPE = "esi-location.read_ship_type.v1";
    public static final String READ_ONLINE = "esi-location.read_online.v1";
    public static final String READ_SKILLS = "esi-skills.read_skills.v1";

    /** Every scope above, e.g. for a pilot who granted them all. */
    public static final List<String> ALL = List.of(READ_MAIL, SEND_MAIL, ORGANIZE_MAIL, READ_CONTACTS,
            WRITE_CONTACTS, READ_CORPORATION_CONTACTS, READ_ALLIANCE_CONTACTS, READ_CALENDAR, RESPOND_CALENDAR,
            READ_CHARACTER_CONTRACTS, READ_CORPORATION_CONTRACTS, READ_CHARACTER_WALLET, READ_CORPORATION_WALLETS,
            READ_DIVISIONS, READ_CHARACTER_JOBS, READ_CORPORATION_JOBS, READ_BLUEPRINTS, READ_CORPORATION_BLUEPRINTS,
            MANAGE_PLANETS, READ_CUSTOMS_OFFICES, READ_LOYALTY, READ_KILLMAILS, READ_CORPORATION_KILLMAILS,
            STRUCTURE_MARKETS, READ_CHARACTER_ORDERS, READ_CORPORATION_ORDERS, READ_STRUCTURES, READ_LOCATION,
            READ_SHIP_TYPE, READ_ONLINE, READ_SKILLS);

    private Scopes() {
    }
}
