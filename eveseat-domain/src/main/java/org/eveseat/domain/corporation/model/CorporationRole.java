package org.eveseat.domain.corporation.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eveseat.domain.shared.EsiEnum;

/**
 * A corporation role. Several ESI endpoints need one (Director, Accountant, Factory Manager, ...), so syncs are
 * only scheduled for members who hold it. ESI spells roles in title case ({@code Junior_Accountant}). UNKNOWN
 * stands for a role ESI added later; it never grants anything.
 */
public enum CorporationRole implements EsiEnum {
    ACCOUNT_TAKE_1, ACCOUNT_TAKE_2, ACCOUNT_TAKE_3, ACCOUNT_TAKE_4, ACCOUNT_TAKE_5, ACCOUNT_TAKE_6, ACCOUNT_TAKE_7,
    ACCOUNTANT, AUDITOR, BRAND_MANAGER, COMMUNICATIONS_OFFICER, CONFIG_EQUIPMENT, CONFIG_STARBASE_EQUIPMENT,
    CONTAINER_TAKE_1, CONTAINER_TAKE_2, CONTAINER_TAKE_3, CONTAINER_TAKE_4, CONTAINER_TAKE_5, CONTAINER_TAKE_6,
    CONTAINER_TAKE_7, CONTRACT_MANAGER, DELIVERIES_CONTAINER_TAKE, DELIVERIES_QUERY, DELIVERIES_TAKE, DIPLOMAT,
    DIRECTOR, FACTORY_MANAGER, FITTING_MANAGER, HANGAR_QUERY_1, HANGAR_QUERY_2, HANGAR_QUERY_3, HANGAR_QUERY_4,
    HANGAR_QUERY_5, HANGAR_QUERY_6, HANGAR_QUERY_7, HANGAR_TAKE_1, HANGAR_TAKE_2, HANGAR_TAKE_3, HANGAR_TAKE_4,
    HANGAR_TAKE_5, HANGAR_TAKE_6, HANGAR_TAKE_7, JUNIOR_ACCOUNTANT, PERSONNEL_MANAGER, PROJECT_MANAGER,
    RENT_FACTORY_FACILITY, RENT_OFFICE, RENT_RESEARCH_FACILITY, SECURITY_OFFICER, SKILL_PLAN_MANAGER,
    STARBASE_DEFENSE_OPERATOR, STARBASE_FUEL_TECHNICIAN, STATION_MANAGER, TRADER, UNKNOWN;

    @Override
    public String esiValue() {
        return Arrays.stream(name().split("_"))
                .map(word -> word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT))
                .collect(Collectors.joining("_"));
    }

    public static CorporationRole fromEsi(String value) {
        return EsiEnum.lenient(CorporationRole.class, value, UNKNOWN);
    }
}
