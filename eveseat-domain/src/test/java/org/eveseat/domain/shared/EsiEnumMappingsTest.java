package org.eveseat.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.eveseat.domain.asset.model.LocationType;
import org.eveseat.domain.calendar.model.EventOwnerType;
import org.eveseat.domain.calendar.model.EventResponse;
import org.eveseat.domain.character.model.Gender;
import org.eveseat.domain.contact.model.ContactType;
import org.eveseat.domain.contract.model.ContractAvailability;
import org.eveseat.domain.contract.model.ContractStatus;
import org.eveseat.domain.contract.model.ContractType;
import org.eveseat.domain.corporation.model.CorporationKind;
import org.eveseat.domain.corporation.model.CorporationRole;
import org.eveseat.domain.corporation.model.CorporationState;
import org.eveseat.domain.corporation.model.FriendlyFire;
import org.eveseat.domain.corporation.model.ServiceState;
import org.eveseat.domain.corporation.model.StructureState;
import org.eveseat.domain.fleet.model.FleetRole;
import org.eveseat.domain.industry.model.IndustryActivity;
import org.eveseat.domain.industry.model.IndustryJobStatus;
import org.eveseat.domain.intel.model.CampaignEventType;
import org.eveseat.domain.intel.model.IncursionState;
import org.eveseat.domain.intel.model.WarzoneStatus;
import org.eveseat.domain.mail.model.LabelColor;
import org.eveseat.domain.mail.model.RecipientType;
import org.eveseat.domain.market.model.OrderRange;
import org.eveseat.domain.market.model.OrderSide;
import org.eveseat.domain.planetary.model.PlanetType;
import org.eveseat.domain.planetary.model.StandingLevel;
import org.eveseat.domain.universe.model.NameCategory;
import org.eveseat.domain.universe.model.RoutePreference;
import org.eveseat.domain.wallet.model.ContextIdType;

/**
 * Every ESI enum of the model against the literal values of the 2026-08-04 spec (swagger.json and section 3 of
 * ENDPOINTS.md, both kept in eveseat-esi-adapter's test resources {@code esi/}): each spec string maps to a
 * constant spelling it back the same way, no constant invents a value, response enums read new values as
 * UNKNOWN, and request-only enums refuse them.
 */
class EsiEnumMappingsTest {
    private static final boolean LENIENT = true;
    private static final boolean STRICT = false;

    static Stream<Arguments> specEnums() {
        return Stream.of(
                mapping(RecipientType.class, LENIENT, "alliance", "character", "corporation", "mailing_list"),
                mapping(LabelColor.class, LENIENT, "#0000fe", "#006634", "#0099ff", "#00ff33", "#01ffff", "#349800",
                        "#660066", "#666666", "#999999", "#99ffff", "#9a0000", "#ccff9a", "#e6e6e6", "#fe0000",
                        "#ff6600", "#ffff01", "#ffffcd", "#ffffff"),
                mapping(ContactType.class, LENIENT, "character", "corporation", "alliance", "faction"),
                mapping(EventResponse.class, LENIENT, "declined", "not_responded", "accepted", "tentative"),
                mapping(EventOwnerType.class, LENIENT, "eve_server", "corporation", "faction", "character",
                        "alliance"),
                mapping(ContractType.class, LENIENT, "unknown", "item_exchange", "auction", "courier", "loan"),
                mapping(ContractStatus.class, LENIENT, "outstanding", "in_progress", "finished_issuer",
                        "finished_contractor", "finished", "cancelled", "rejected", "failed", "deleted", "reversed"),
                mapping(ContractAvailability.class, LENIENT, "public", "personal", "corporation", "alliance"),
                mapping(ContextIdType.class, LENIENT, "structure_id", "station_id", "market_transaction_id",
                        "character_id", "corporation_id", "alliance_id", "eve_system", "industry_job_id",
                        "contract_id", "planet_id", "system_id", "type_id"),
                mapping(IndustryJobStatus.class, LENIENT, "active", "cancelled", "delivered", "paused", "ready",
                        "reverted"),
                mapping(IndustryActivity.class, LENIENT, "copying", "duplicating", "invention", "manufacturing",
                        "none", "reaction", "researching_material_efficiency", "researching_technology",
                        "researching_time_efficiency", "reverse_engineering"),
                mapping(PlanetType.class, LENIENT, "temperate", "barren", "oceanic", "ice", "gas", "lava", "storm",
                        "plasma"),
                mapping(StandingLevel.class, LENIENT, "bad", "excellent", "good", "neutral", "terrible"),
                mapping(CampaignEventType.class, LENIENT, "tcu_defense", "ihub_defense", "station_defense",
                        "station_freeport"),
                mapping(IncursionState.class, LENIENT, "withdrawing", "mobilizing", "established"),
                mapping(WarzoneStatus.class, LENIENT, "captured", "contested", "uncontested", "vulnerable"),
                mapping(OrderRange.class, LENIENT, "station", "region", "solarsystem", "1", "2", "3", "4", "5", "10",
                        "20", "30", "40"),
                mapping(OrderSide.class, STRICT, "buy", "sell", "all"),
                mapping(NameCategory.class, LENIENT, "alliance", "character", "constellation", "corporation",
                        "inventory_type", "region", "solar_system", "station", "faction"),
                mapping(RoutePreference.class, STRICT, "Shorter", "Safer", "LessSecure"),
                mapping(LocationType.class, LENIENT, "station", "solar_system", "item", "other"),
                mapping(CorporationRole.class, LENIENT, "Account_Take_1", "Account_Take_2", "Account_Take_3",
                        "Account_Take_4", "Account_Take_5", "Account_Take_6", "Account_Take_7", "Accountant",
                        "Auditor", "Brand_Manager", "Communications_Officer", "Config_Equipment",
                        "Config_Starbase_Equipment", "Container_Take_1", "Container_Take_2", "Container_Take_3",
                        "Container_Take_4", "Container_Take_5", "Container_Take_6", "Container_Take_7",
                        "Contract_Manager", "Deliveries_Container_Take", "Deliveries_Query", "Deliveries_Take",
                        "Diplomat", "Director", "Factory_Manager", "Fitting_Manager", "Hangar_Query_1",
                        "Hangar_Query_2", "Hangar_Query_3", "Hangar_Query_4", "Hangar_Query_5", "Hangar_Query_6",
                        "Hangar_Query_7", "Hangar_Take_1", "Hangar_Take_2", "Hangar_Take_3", "Hangar_Take_4",
                        "Hangar_Take_5", "Hangar_Take_6", "Hangar_Take_7", "Junior_Accountant", "Personnel_Manager",
                        "Project_Manager", "Rent_Factory_Facility", "Rent_Office", "Rent_Research_Facility",
                        "Security_Officer", "Skill_Plan_Manager", "Starbase_Defense_Operator",
                        "Starbase_Fuel_Technician", "Station_Manager", "Trader"),
                mapping(StructureState.class, LENIENT, "anchor_vulnerable", "anchoring", "armor_reinforce",
                        "armor_vulnerable", "deploy_vulnerable", "fitting_invulnerable", "hull_reinforce",
                        "hull_vulnerable", "online_deprecated", "onlining_vulnerable", "shield_vulnerable",
                        "unanchored", "unknown"),
                mapping(ServiceState.class, LENIENT, "online", "offline", "cleanup"),
                mapping(FriendlyFire.class, LENIENT, "legal", "illegal"),
                mapping(CorporationState.class, LENIENT, "active", "closed"),
                mapping(CorporationKind.class, LENIENT, "player_owned", "npc_owned"),
                mapping(FleetRole.class, LENIENT, "fleet_commander", "wing_commander", "squad_commander",
                        "squad_member"),
                mapping(Gender.class, LENIENT, "male", "female"));
    }

    private static Arguments mapping(Class<? extends EsiEnum> type, boolean lenient, String... specValues) {
        return arguments(type.getSimpleName(), type, lenient, List.of(specValues));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specEnums")
    void everySpecValueRoundTrips(String name, Class<? extends EsiEnum> type, boolean lenient, List<String> spec) {
        for (String value : spec) {
            assertThat(fromEsi(type, value).esiValue()).as(value).isEqualTo(value);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specEnums")
    void noConstantInventsAValue(String name, Class<? extends EsiEnum> type, boolean lenient, List<String> spec) {
        Set<String> modelled = Stream.of(type.getEnumConstants())
                .filter(constant -> !constant.name().equals("UNKNOWN") || spec.contains("unknown"))
                .map(EsiEnum::esiValue).collect(Collectors.toSet());
        assertThat(modelled).containsExactlyInAnyOrderElementsOf(spec);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specEnums")
    void valuesAddedLaterAreUnknownOrRefused(String name, Class<? extends EsiEnum> type, boolean lenient,
                                             List<String> spec) {
        if (lenient) {
            assertThat(fromEsi(type, "added_later").name()).isEqualTo("UNKNOWN");
        } else {
            assertThatThrownBy(() -> fromEsi(type, "added_later")).isInstanceOf(RuleViolationException.class)
                    .hasMessageContaining("'added_later'");
        }
        assertThat(fromEsi(type, null)).as("a field ESI left out").isNull();
    }

    private static EsiEnum fromEsi(Class<? extends EsiEnum> type, String value) {
        try {
            return (EsiEnum) type.getMethod("fromEsi", String.class).invoke(null, value);
        } catch (InvocationTargetException e) {
            throw (RuntimeException) e.getCause();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(type + " has no public static fromEsi(String)", e);
        }
    }
}
