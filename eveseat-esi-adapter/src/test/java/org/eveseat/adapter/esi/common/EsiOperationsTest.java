package org.eveseat.adapter.esi.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.ws.rs.Path;

import org.eveseat.domain.wallet.model.WalletScopes;
import org.junit.jupiter.api.Test;

/**
 * The operation table is the adapter's only way to ESI: no client interface is left beside it, and the login asks
 * for the scopes of its operations, the same set as when each feature had its own client interface.
 */
class EsiOperationsTest {

    @Test
    void noEsiClientInterfaceIsLeftBesideTheTable() throws Exception {
        assertThat(clientInterfacesOnTheClassPath()).isEmpty();
    }

    /** The scopes the login asked for when the features still had client interfaces (main at ea5391e). */
    @Test
    void theLoginAsksForTheSameScopesAsBeforeTheOperationTable() {
        assertThat(EsiOperations.scopes()).containsExactly(
            "publicData",
            "esi-alliances.read_contacts.v1",
            "esi-assets.read_assets.v1",
            "esi-assets.read_corporation_assets.v1",
            "esi-calendar.read_calendar_events.v1",
            "esi-calendar.respond_calendar_events.v1",
            "esi-characters.read_blueprints.v1",
            "esi-characters.read_contacts.v1",
            "esi-characters.read_loyalty.v1",
            "esi-characters.read_standings.v1",
            "esi-characters.write_contacts.v1",
            "esi-contracts.read_character_contracts.v1",
            "esi-contracts.read_corporation_contracts.v1",
            "esi-corporations.read_blueprints.v1",
            "esi-corporations.read_contacts.v1",
            "esi-corporations.read_corporation_membership.v1",
            "esi-corporations.read_divisions.v1",
            "esi-corporations.read_structures.v1",
            "esi-fleets.read_fleet.v1",
            "esi-industry.read_character_jobs.v1",
            "esi-industry.read_corporation_jobs.v1",
            "esi-killmails.read_corporation_killmails.v1",
            "esi-killmails.read_killmails.v1",
            "esi-location.read_location.v1",
            "esi-location.read_online.v1",
            "esi-location.read_ship_type.v1",
            "esi-mail.organize_mail.v1",
            "esi-mail.read_mail.v1",
            "esi-mail.send_mail.v1",
            "esi-markets.read_character_orders.v1",
            "esi-markets.read_corporation_orders.v1",
            "esi-markets.structure_markets.v1",
            "esi-planets.manage_planets.v1",
            "esi-planets.read_customs_offices.v1",
            "esi-skills.read_skillqueue.v1",
            "esi-skills.read_skills.v1",
            "esi-universe.read_structures.v1",
            "esi-wallet.read_character_wallet.v1",
            "esi-wallet.read_corporation_wallets.v1");
    }

    @Test
    void theScopesAreThoseOfEveryListedOperationPlusPublicData() {
        List<String> scopes = EsiOperations.scopes();

        assertThat(scopes).first().isEqualTo("publicData");
        assertThat(scopes).doesNotHaveDuplicates().contains(WalletScopes.READ_CHARACTER_WALLET,
                "esi-mail.read_mail.v1", "esi-mail.send_mail.v1", "esi-characters.read_contacts.v1",
                "esi-calendar.read_calendar_events.v1", "esi-contracts.read_character_contracts.v1",
                "esi-killmails.read_killmails.v1", "esi-wallet.read_corporation_wallets.v1",
                "esi-corporations.read_corporation_membership.v1", "esi-assets.read_assets.v1",
                "esi-location.read_location.v1", "esi-location.read_ship_type.v1", "esi-location.read_online.v1",
                "esi-skills.read_skills.v1");
        assertThat(scopes).allMatch(scope -> scope.equals("publicData") || scope.startsWith("esi-"));
        assertThat(scopes.subList(1, scopes.size())).isSorted();
    }

    /** Interfaces of the ESI adapter with JAX-RS methods (EVE SSO's token client is not ESI). */
    private static List<Class<?>> clientInterfacesOnTheClassPath() throws Exception {
        java.nio.file.Path root = java.nio.file.Path.of(
                EsiSettings.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> clients = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(root.resolve("org/eveseat/adapter/esi"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name);
                if (type.isInterface() && !name.contains(".sso.")
                        && Stream.of(type.getMethods()).anyMatch(m -> m.isAnnotationPresent(Path.class))) {
                    clients.add(type);
                }
            }
        }
        return clients;
    }
}
