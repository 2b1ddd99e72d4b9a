package org.eveseat.domain.killmail.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eveseat.domain.testing.KillmailFixtures.killmail;
import static org.eveseat.domain.testing.KillmailFixtures.ref;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
import org.eveseat.domain.character.port.in.CorporationVisibilityQuery;
import org.eveseat.domain.killmail.model.KillmailFilter;
import org.eveseat.domain.killmail.model.KillmailListing;
import org.eveseat.domain.killmail.model.KillmailSearch;
import org.eveseat.domain.killmail.model.KillmailWitness;
import org.eveseat.domain.market.model.MarketPrice;
import org.eveseat.domain.market.port.in.MarketPricesQuery;
import org.eveseat.domain.shared.AccountId;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.domain.shared.Viewer;
import org.eveseat.domain.testing.InMemoryKillmails;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KillmailQueriesTest {
    private static final CharacterId PILOT = new CharacterId(2112625428L);
    private static final CorporationId CORPORATION = new CorporationId(98000001L);
    private static final Viewer OWNER = new Viewer(new AccountId(1), false);
    private static final Viewer STRANGER = new Viewer(new AccountId(2), false);
    private static final Viewer ADMIN = new Viewer(new AccountId(3), true);

    private final InMemoryKillmails stored = new InMemoryKillmails();
    private final CharacterVisibilityQuery characters = (viewer, id) -> viewer.admin() || viewer.equals(OWNER);
    private final CorporationVisibilityQuery corporations = (viewer, id) -> viewer.admin() || viewer.equals(OWNER);
    private final List<Collection<TypeId>> priceReads = new ArrayList<>();
    private final MarketPricesQuery prices = types -> {
        priceReads.add(types);
        return Map.of(new TypeId(587), new MarketPrice(new TypeId(587), Isk.of("400000.00"), Isk.of("380000.00")),
                new TypeId(3467), new MarketPrice(new TypeId(3467), Isk.of("1000.00"), null));
    };
    private final ListKillmailsService list = new ListKillmailsService(characters, corporations, stored,
            SyncKillmailsServiceTest.TYPES, SyncKillmailsServiceTest.SYSTEMS, prices);
    private final KillmailDetailsService details = new KillmailDetailsService(stored,
            SyncKillmailsServiceTest.TYPES, SyncKillmailsServiceTest.SYSTEMS, prices);

    @BeforeEach
    void storeTwoKillmailsSeenByThePilotAndOneByTheCorporation() {
        stored.witnesses.put(OWNER.accountId(), Set.of(KillmailWitness.of(PILOT), KillmailWitness.of(CORPORATION)));
        stored.saveSeen(KillmailWitness.of(PILOT), List.of(ref(1), ref(2)), Instant.EPOCH);
        stored.saveSeen(KillmailWitness.of(CORPORATION), List.of(ref(3)), Instant.EPOCH);
        stored.saveSeen(KillmailWitness.of(new CharacterId(95465499L)), List.of(ref(4)), Instant.EPOCH);
        List.of(1L, 2L, 3L, 4L).forEach(id -> stored.save(killmail(id), null));
    }

    @Test
    void aViewerListsWhatTheirCharactersAndCorporationsSawNamedAndAnAdminListsAll() {
        var page = list.list(OWNER, KillmailSearch.newest(2));

        assertThat(page.items()).extracting(l -> l.summary().killmailId()).containsExactly(3L, 2L);
        assertThat(page.older()).isEqualTo(2L);
        KillmailListing first = page.items().get(0);
        assertThat(first.place().systemName()).isEqualTo("Jita");
        assertThat(first.place().regionName()).isEqualTo("The Forge");
        assertThat(first.victimShipTypeName()).isEqualTo("Rifter");
        assertThat(first.summary().attackerCount()).isEqualTo(3);
        assertThat(list.list(ADMIN, KillmailSearch.newest(10)).items()).hasSize(4);
        assertThat(list.list(STRANGER, KillmailSearch.newest(10)).items()).isEmpty();
    }

    @Test
    void eachListedLossCarriesItsValueFromOneItemReadAndOnePriceReadForThePage() {
        stored.save(killmail(5, new TypeId(24698)), null); // a ship without a market price, its items priced
        stored.save(killmail(6, new TypeId(24698), List.of()), null); // nothing of it has a price
        stored.saveSeen(KillmailWitness.of(PILOT), List.of(ref(5), ref(6)), Instant.EPOCH);

        var page = list.list(OWNER, KillmailSearch.newest(10));

        assertThat(page.items()).extracting(l -> l.summary().killmailId()).containsExactly(6L, 5L, 3L, 2L, 1L);
        assertThat(page.items()).extracting(KillmailListing::value).containsExactly(null, Isk.of("1000.00"),
                Isk.of("401000.00"), Isk.of("401000.00"), Isk.of("401000.00"));
        assertThat(page.items().get(2).value()).as("as the details value it")
                .isEqualTo(details.details(OWNER, 3).value().total());
        assertThat(stored.itemReads).isEqualTo(1);
        assertThat(priceReads).as("one price read for the page, then one for the details").hasSize(2);
        assertThat(priceReads.get(0)).containsExactlyInAnyOrder(new TypeId(587), new TypeId(24698),
                new TypeId(3467), new TypeId(215));
    }

    @Test
    void anEmptyPageReadsNeitherItemsNorPrices() {
        assertThat(list.list(STRANGER, KillmailSearch.newest(10)).items()).isEmpty();
        assertThat(stored.itemReads).isZero();
        assertThat(priceReads).isEmpty();
    }

    @Test
    void filteringByACharacterOrCorporationTheViewerMayNotSeeIsNotFound() {
        var byPilot = new KillmailSearch(new KillmailFilter(PILOT, null, null, null, null, null, null), null, null, 10);
        var byCorporation = new KillmailSearch(new KillmailFilter(null, CORPORATION, null, null, null, null, null),
                null, null, 10);

        assertThat(list.list(OWNER, byPilot).items()).extracting(l -> l.summary().killmailId()).containsExactly(2L, 1L);
        assertThatThrownBy(() -> list.list(STRANGER, byPilot)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> list.list(STRANGER, byCorporation)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void detailsCarryEveryTypeNameKnownAndAreHiddenFromStrangers() {
        var seen = details.details(OWNER, 3);

        assertThat(seen.killmail().attackers()).hasSize(3);
        assertThat(seen.place().systemId()).isEqualTo(new SolarSystemId(30000142));
        assertThat(seen.typeNames()).containsEntry(new TypeId(587), "Rifter").containsEntry(new TypeId(603), "Merlin")
                .doesNotContainKey(new TypeId(215));
        assertThat(seen.value().ship()).isEqualTo(Isk.of("400000.00"));
        assertThat(seen.value().destroyed()).isEqualTo(Isk.of("1000.00"));
        assertThat(seen.value().dropped()).as("the dropped ammunition has no price").isEqualTo(Isk.of("0"));
        assertThat(seen.value().total()).isEqualTo(Isk.of("401000.00"));
        assertThat(seen.value().unpricedTypes()).isEqualTo(1);
        assertThat(details.details(ADMIN, 4).killmail().killmailId()).isEqualTo(4);
        assertThatThrownBy(() -> details.details(OWNER, 4)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> details.details(STRANGER, 3)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> details.details(ADMIN, 99)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void searchesRefuseABackwardRangeBothCursorsAndAnOversizedPage() {
        Instant at = Instant.parse("2026-11-25T00:00:00Z");
        assertThatThrownBy(() -> new KillmailFilter(null, null, null, null, at, at, null))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new KillmailSearch(null, 5L, 6L, 10)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new KillmailSearch(null, null, null, 201))
                .isInstanceOf(RuleViolationException.class);
    }
}
