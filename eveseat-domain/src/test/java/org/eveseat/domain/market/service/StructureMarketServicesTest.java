package org.eveseat.domain.market.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eveseat.domain.market.service.MarketFixtures.FORGE;
import static org.eveseat.domain.market.service.MarketFixtures.JITA;
import static org.eveseat.domain.market.service.MarketFixtures.JITA_4_4;
import static org.eveseat.domain.market.service.MarketFixtures.NOW;
import static org.eveseat.domain.market.service.MarketFixtures.PERIMETER;
import static org.eveseat.domain.market.service.MarketFixtures.STATIC_DATA;
import static org.eveseat.domain.market.service.MarketFixtures.TRITANIUM;
import static org.eveseat.domain.market.service.MarketFixtures.order;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;


import org.junit.jupiter.api.Test;

import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.character.port.in.SyncableCharactersQuery;
import org.eveseat.domain.market.model.BookScope;
import org.eveseat.domain.market.model.MarketOrder;
import org.eveseat.domain.market.model.MarketScopes;
import org.eveseat.domain.market.model.OrderBook;
import org.eveseat.domain.market.model.OrderRange;
import org.eveseat.domain.market.model.StructureAccess;
import org.eveseat.domain.market.model.StructureMarket;
import org.eveseat.domain.market.model.StructureOrder;
import org.eveseat.domain.market.model.StructureSuggestion;
import org.eveseat.domain.market.port.out.MarketCatalogueEsi;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.NotPermittedException;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.shared.SyncOutcome.Status;
import org.eveseat.domain.shared.UpstreamUnavailableException;
import org.eveseat.domain.universe.model.NameCategory;
import org.eveseat.domain.universe.model.ResolvedName;
import org.eveseat.domain.universe.model.UpwellStructure;
import org.eveseat.domain.universe.port.out.NameRepository;
import org.eveseat.domain.universe.port.out.UniverseCatalogueEsi;

/**
 * A structure market in Perimeter read through the characters of the server in turn: refused ones (403, no docking)
 * are skipped, a 5xx fails only that run, and the stored orders make a book at the structure with its name.
 */
class StructureMarketServicesTest {
    static final long TOWER = 1_035_466_617_946L;
    static final CharacterId REFUSED = new CharacterId(90000001L);
    static final CharacterId DOCKS = new CharacterId(90000002L);

    private final InMemoryStructureMarkets markets = new InMemoryStructureMarkets();
    private final InMemoryBookSnapshots regionBooks = new InMemoryBookSnapshots();
    private final MarketCatalogueEsi esi = mock(MarketCatalogueEsi.class);
    private final UniverseCatalogueEsi universe = mock(UniverseCatalogueEsi.class);
    private final NameRepository names = mock(NameRepository.class);
    private List<CharacterId> withMarketScope = new ArrayList<>(List.of(REFUSED, DOCKS));
    private final SyncableCharactersQuery characters = scope -> scope.equals(MarketScopes.STRUCTURE_MARKETS)
            ? withMarketScope : List.of(REFUSED, DOCKS);
    private final SyncStructureMarketService sync = new SyncStructureMarketService(markets, characters,
            c -> new AccessToken("token-" + c.value(), NOW.plusSeconds(1200)), esi, universe, STATIC_DATA, names,
            Clock.fixed(NOW, ZoneOffset.UTC));
    private final StructureStationBooks stationBooks = new StructureStationBooks(regionBooks, markets);
    private final ReadOrderBookService books = new ReadOrderBookService(regionBooks, stationBooks, STATIC_DATA,
            markets::find);
    private final ResolveBookScopeService scopes = new ResolveBookScopeService(STATIC_DATA, regionBooks,
            markets::find);

    StructureMarketServicesTest() {
        markets.keep(List.of(TOWER));
        when(esi.structureOrders(eq(TOWER), eq(REFUSED), any())).thenThrow(new NotPermittedException("Forbidden"));
        when(universe.structure(eq(TOWER), eq(DOCKS), any())).thenReturn(new EsiResult.Fresh<>(new UpwellStructure(
                TOWER, "Perimeter - Tranquility Trading Tower", new CorporationId(98000001L), PERIMETER, null, null),
                NOW.plusSeconds(3600)));
    }

    @Test
    void theFirstCharacterThatMayDockReadsTheMarketAndNamesTheStructure() {
        sellsAndBuys(structureOrder(11, false, "5.10", 100), structureOrder(12, true, "4.90", 40));

        var outcome = sync.sync(TOWER);

        assertThat(outcome.status()).isEqualTo(Status.UPDATED);
        assertThat(outcome.nextDue()).isEqualTo(NOW.plusSeconds(300));
        StructureMarket market = markets.find(TOWER).orElseThrow();
        assertThat(market.access()).isEqualTo(StructureAccess.OK);
        assertThat(market.via()).isEqualTo(DOCKS);
        assertThat(market.name()).isEqualTo("Perimeter - Tranquility Trading Tower");
        assertThat(market.systemId()).isEqualTo(PERIMETER);
        assertThat(market.regionId()).isEqualTo(FORGE);
        assertThat(market.orderCount()).isEqualTo(2);
        verify(names).save(List.of(new ResolvedName(TOWER, "Perimeter - Tranquility Trading Tower",
                NameCategory.STATION)), NOW);
        assertThat(markets.orders(TOWER, TRITANIUM)).extracting(MarketOrder::orderId, MarketOrder::systemId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(11L, PERIMETER),
                        org.assertj.core.groups.Tuple.tuple(12L, PERIMETER));
    }

    @Test
    void whenNoCharacterMayDockTheStructureSaysSoAndTheSyncDoesNotFail() {
        withMarketScope = new ArrayList<>(List.of(REFUSED));

        var outcome = sync.sync(TOWER);

        assertThat(outcome.status()).isEqualTo(Status.UNCHANGED);
        assertThat(outcome.nextDue()).isEqualTo(NOW.plus(SyncStructureMarketService.REFUSED_RETRY));
        StructureMarket market = markets.find(TOWER).orElseThrow();
        assertThat(market.access()).isEqualTo(StructureAccess.NO_DOCKING);
        assertThat(market.detail()).contains("may not dock");
    }

    @Test
    void withoutAnyCharacterHoldingTheScopeTheStructureSaysSo() {
        withMarketScope = List.of();

        var outcome = sync.sync(TOWER);

        assertThat(outcome.status()).isEqualTo(Status.UNCHANGED);
        assertThat(markets.find(TOWER).orElseThrow().access()).isEqualTo(StructureAccess.NO_CHARACTER);
        verify(esi, never()).structureOrders(anyLong(), any(), any());
    }

    @Test
    void anEsiFailureFailsTheRunAndKeepsTheOrdersStoredBefore() {
        sellsAndBuys(structureOrder(11, false, "5.10", 100));
        sync.sync(TOWER);
        when(esi.structureOrders(eq(TOWER), eq(DOCKS), any())).thenThrow(new UpstreamUnavailableException("502"));

        var outcome = sync.sync(TOWER);

        assertThat(outcome.status()).isEqualTo(Status.FAILED);
        assertThat(outcome.nextDue()).isEqualTo(NOW.plus(SyncStructureMarketService.FAILED_RETRY));
        StructureMarket market = markets.find(TOWER).orElseThrow();
        assertThat(market.access()).isEqualTo(StructureAccess.FAILED);
        assertThat(market.orderCount()).isEqualTo(1);
        assertThat(markets.orders(TOWER, TRITANIUM)).hasSize(1);
    }

    @Test
    void aReadBeforeEsisExpiryStoresNothingAndKeepsTheReader() {
        when(esi.structureOrders(eq(TOWER), eq(DOCKS), any())).thenReturn(new EsiResult.NotDue<>(NOW.plusSeconds(90)));

        var outcome = sync.sync(TOWER);

        assertThat(outcome.status()).isEqualTo(Status.NOT_DUE);
        assertThat(markets.find(TOWER).orElseThrow().via()).isEqualTo(DOCKS);
    }

    @Test
    void afterARefusalTheNextRunStartsWithTheCharacterAfterTheLastOneTried() {
        StructureReaders readers = new StructureReaders(characters);
        StructureMarket refused = StructureMarket.pending(TOWER).withState(StructureAccess.NO_DOCKING, REFUSED, "x");
        StructureMarket read = StructureMarket.pending(TOWER).withState(StructureAccess.OK, DOCKS, null);

        assertThat(readers.inTurn(refused)).containsExactly(DOCKS, REFUSED);
        assertThat(readers.inTurn(read)).containsExactly(DOCKS, REFUSED);
        assertThat(readers.inTurn(StructureMarket.pending(TOWER))).containsExactly(REFUSED, DOCKS);
    }

    @Test
    void theBookAtAStructureMergesItsOrdersWithTheRegionsAndNamesIt() {
        regionBooks.store(FORGE, order(11, false, "5.10", 100, TOWER, PERIMETER),
                order(21, false, "5.05", 7, TOWER, PERIMETER), order(31, true, "4.95", 50, JITA_4_4, JITA),
                order(41, false, "4.00", 9, JITA_4_4, JITA));
        sellsAndBuys(structureOrder(11, false, "5.10", 100), structureOrder(12, true, "4.90", 40));
        sync.sync(TOWER);

        BookScope scope = scopes.scope(null, null, TOWER);
        OrderBook book = books.book(TRITANIUM, scope, 10);

        assertThat(scope.regionId()).isEqualTo(FORGE);
        assertThat(book.sells()).extracting(e -> e.order().orderId()).containsExactly(21L, 11L);
        assertThat(book.sells()).extracting(e -> e.stationName())
                .containsOnly("Perimeter - Tranquility Trading Tower");
        // Jita's station-range buy does not reach Perimeter; the structure's own buy does
        assertThat(book.buys()).extracting(e -> e.order().orderId()).containsExactly(12L);
        assertThat(book.snapshot().fetchedAt()).isEqualTo(NOW);
        assertThat(book.snapshot().expiresAt()).isEqualTo(NOW.plusSeconds(300));
    }

    @Test
    void aStructureOutsideTheKeptRegionsHasABookOfItsOwn() {
        sellsAndBuys(structureOrder(11, false, "5.10", 100));
        sync.sync(TOWER);

        OrderBook book = books.book(TRITANIUM, BookScope.station(FORGE, TOWER), 10);

        assertThat(book.sells()).hasSize(1);
        assertThat(book.regionName()).isEqualTo("The Forge");
    }

    @Test
    void theCalculatorFindsAReadStructureAsAStation() {
        sellsAndBuys(structureOrder(11, false, "5.10", 100));
        sync.sync(TOWER);

        MarketPlaces places = new MarketPlaces(STATIC_DATA, markets::find);

        assertThat(places.station(TOWER).regionId()).isEqualTo(FORGE);
        assertThat(new StationOrders(stationBooks, STATIC_DATA).of(TRITANIUM, FORGE, TOWER).sells())
                .extracting(MarketOrder::orderId).containsExactly(11L);
    }

    @Test
    void theKeptListTakesOnlyPlayerStructureIds() {
        ChangeStructureMarketsService change = new ChangeStructureMarketsService(markets);

        assertThatThrownBy(() -> change.change(List.of(60003760L))).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("not a player structure");
        assertThat(markets.list()).extracting(StructureMarket::structureId).containsExactly(TOWER);
        assertThat(change.change(List.of(1_000_000_000_001L, TOWER, 1_000_000_000_001L)))
                .extracting(StructureMarket::structureId, StructureMarket::access)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1_000_000_000_001L, StructureAccess.PENDING),
                        org.assertj.core.groups.Tuple.tuple(TOWER, StructureAccess.PENDING));
        assertThat(change.change(List.of())).isEmpty();
    }

    @Test
    void suggestionsAreTheUsersOrderStructuresNotKeptWithTheirRegionsNames() {
        markets.suggestions.add(new StructureSuggestion(TOWER, FORGE, null, 4));
        markets.suggestions.add(new StructureSuggestion(1_000_000_000_001L, FORGE, null, 2));

        assertThat(new StructureSuggestionsService(markets, STATIC_DATA).suggestions())
                .containsExactly(new StructureSuggestion(1_000_000_000_001L, FORGE, "The Forge", 2));
        assertThat(new StructureMarketsService(markets).structures()).hasSize(1);
    }

    private void sellsAndBuys(StructureOrder... orders) {
        when(esi.structureOrders(eq(TOWER), eq(DOCKS), any()))
                .thenReturn(new EsiResult.Fresh<>(List.of(orders), NOW.plusSeconds(300)));
    }

    private static StructureOrder structureOrder(long id, boolean buy, String price, long volume) {
        return new StructureOrder(id, TRITANIUM, buy, Isk.of(price), volume, volume, 1,
                buy ? OrderRange.STATION : OrderRange.REGION, TOWER, NOW.minusSeconds(60), 90);
    }

}
