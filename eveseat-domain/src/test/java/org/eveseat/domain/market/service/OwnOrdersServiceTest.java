package org.eveseat.domain.market.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.eveseat.domain.market.MarketFixtures.order;
import static org.eveseat.domain.market.model.TradeHub.JITA;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.character.model.TokenInvalidException;
import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.corporation.model.CorporationRole;
import org.eveseat.domain.event.model.LiveEvent;
import org.eveseat.domain.event.port.out.AlertLog;
import org.eveseat.domain.market.InMemoryMarketBook;
import org.eveseat.domain.market.InMemoryOwnOrders;
import org.eveseat.domain.market.ScriptedMarketOrdersEsi;
import org.eveseat.domain.market.TypesOnlyStaticData;
import org.eveseat.domain.market.model.CharacterOrder;
import org.eveseat.domain.market.model.CorporationOrder;
import org.eveseat.domain.market.model.OrderOwner;
import org.eveseat.domain.market.model.OrderPosition;
import org.eveseat.domain.market.model.OrderRange;
import org.eveseat.domain.market.model.OrderState;
import org.eveseat.domain.market.model.OwnOrderView;
import org.eveseat.domain.shared.AccountId;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.NotPermittedException;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.SyncOutcome;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.domain.shared.Viewer;
import org.eveseat.domain.testing.RecordedEvents;

/**
 * A pilot's two orders of Tritanium at Jita 4-4 in a book where others sell at 5.05 and 5.20 and buy at 4.00: the
 * pilot's sell order at 5.10 is undercut by 0.05 (second of three), its buy order at 4.05 leads.
 */
class OwnOrdersServiceTest {
    static final CharacterId PILOT = new CharacterId(2112625428L);
    static final CorporationId CORPORATION = new CorporationId(98000001L);
    static final Viewer OWNER = new Viewer(new AccountId(1), false);
    static final Viewer STRANGER = new Viewer(new AccountId(2), false);
    static final Viewer TRADER = new Viewer(new AccountId(3), false);
    static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

    private final ScriptedMarketOrdersEsi esi = new ScriptedMarketOrdersEsi();
    private final InMemoryOwnOrders stored = new InMemoryOwnOrders();
    private final InMemoryMarketBook book = new InMemoryMarketBook();
    private final TypesOnlyStaticData staticData = new TypesOnlyStaticData().type(34, "Tritanium", 0.01, null)
            .station(JITA.stationId(), JITA.stationName(), JITA.systemId().value());
    private final RecordedEvents events = new RecordedEvents();
    private final Set<String> raised = new HashSet<>();
    private final AlertLog alerts = (keys, at) -> keys.stream().filter(raised::add).collect(Collectors.toSet());
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private AccessTokenQuery tokens = character -> new AccessToken("token", NOW.plusSeconds(600));
    private final SyncCharacterOrdersService characterSync = new SyncCharacterOrdersService(c -> tokens
            .accessTokenFor(c), esi, stored, book, staticData, alerts, events, clock);
    private final SyncCorporationOrdersService corporationSync = new SyncCorporationOrdersService(c -> tokens
            .accessTokenFor(c), esi, stored, book, staticData, alerts, events, clock);
    private final OwnOrdersService query = new OwnOrdersService((viewer, c) -> viewer.equals(OWNER),
            (viewer, corporation, roles) -> viewer.equals(TRADER) && roles.contains(CorporationRole.TRADER)
                    && corporation.equals(CORPORATION), stored, book, staticData);

    @BeforeEach
    void jitaBook() {
        book.replace(JITA.regionId(), List.of(order(9001, JITA, 34, false, "5.05", 10, NOW),
                order(9002, JITA, 34, false, "5.20", 10, NOW), order(1002, JITA, 34, false, "5.10", 900, NOW),
                order(9003, JITA, 34, true, "4.00", 10, NOW), order(1001, JITA, 34, true, "4.05", 900, NOW)));
        esi.open(List.of(bid(1001, "4.05"), ask(1002, "5.10")));
    }

    @Test
    void openOrdersAreStoredAndPlacedInTheStationsBookWithNames() {
        assertThat(characterSync.sync(PILOT)).isEqualTo(SyncOutcome.of(SyncOutcome.Status.UPDATED,
                ScriptedMarketOrdersEsi.EXPIRES));

        List<OwnOrderView> open = query.characterOrders(OWNER, PILOT, true);
        assertThat(open).extracting(v -> v.order().orderId(), OwnOrderView::position).containsExactly(
                tuple(1001L, new OrderPosition(false, Isk.of("4.00"), null, 1, 1)),
                tuple(1002L, new OrderPosition(true, Isk.of("5.05"), Isk.of("0.05"), 2, 2)));
        assertThat(open.get(0)).extracting(OwnOrderView::typeName, OwnOrderView::stationName,
                OwnOrderView::regionName).containsExactly("Tritanium", JITA.stationName(), "The Forge");
        assertThat(open.get(0).order().expires()).isEqualTo(open.get(0).order().issued().plusSeconds(90 * 86400));
    }

    @Test
    void theOwnersOtherOrdersDoNotCompeteAndABookNotStoredGivesNoPosition() {
        esi.open(List.of(ask(1002, "5.10"), ask(1003, "5.00"), new CharacterOrder(1004, new TypeId(34),
                new RegionId(10000043), 60008494, false, Isk.of("6.00"), 5, 5, null, OrderRange.REGION,
                NOW.minusSeconds(60), 90, null, false, OrderState.OPEN)));
        characterSync.sync(PILOT);

        Map<Long, OrderPosition> positions = query.characterOrders(OWNER, PILOT, true).stream().collect(
                Collectors.toMap(v -> v.order().orderId(), v -> v.position() == null ? EMPTY : v.position()));
        assertThat(positions.get(1003L)).isEqualTo(new OrderPosition(false, Isk.of("5.05"), null, 1, 2));
        assertThat(positions.get(1002L).rank()).isEqualTo(2);
        assertThat(positions.get(1004L)).as("Domain's book is not stored").isSameAs(EMPTY);
    }

    private static final OrderPosition EMPTY = new OrderPosition(false, null, null, 0, 0);

    @Test
    void theHistoryKeepsOrdersThatClosedAndTheyLeaveTheOpenList() {
        characterSync.sync(PILOT);
        esi.open(List.of(bid(1001, "4.05")));
        CharacterOrder filled = new CharacterOrder(1002, new TypeId(34), JITA.regionId(), JITA.stationId(), false,
                Isk.of("5.10"), 0, 1000, null, OrderRange.REGION, NOW.minusSeconds(7200), 90, null, false,
                OrderState.EXPIRED);
        esi.history = () -> new EsiResult.Fresh<>(List.of(filled), ScriptedMarketOrdersEsi.EXPIRES);

        characterSync.sync(PILOT);

        assertThat(query.characterOrders(OWNER, PILOT, true)).extracting(v -> v.order().orderId())
                .containsExactly(1001L);
        List<OwnOrderView> history = query.characterOrders(OWNER, PILOT, false);
        assertThat(history).extracting(v -> v.order().orderId(), v -> v.order().state(), OwnOrderView::position)
                .containsExactly(tuple(1002L, OrderState.EXPIRED, null));
        Map<?, ?> closed = (Map<?, ?>) ((List<?>) events.ofType("market.orders").get(1).payload().get("changes"))
                .get(0);
        assertThat(closed.get("orderId")).isEqualTo(1002L);
        assertThat(closed.get("change")).isEqualTo("closed");
    }

    @Test
    void changesArePublishedOnTheCharactersMarketTopicOnlyWhenThereAreSome() {
        characterSync.sync(PILOT);
        characterSync.sync(PILOT);
        esi.open(List.of(bid(1001, "4.06"), ask(1002, "5.10")));
        characterSync.sync(PILOT);

        List<LiveEvent> changed = events.ofType("market.orders");
        assertThat(changed).hasSize(2);
        assertThat(changed.get(0).topic()).isEqualTo("character.2112625428.market");
        assertThat(changed.get(0).payload()).containsEntry("characterId", PILOT.value()).containsEntry("changed", 2);
        Map<?, ?> repriced = (Map<?, ?>) ((List<?>) changed.get(1).payload().get("changes")).get(0);
        assertThat(repriced.get("change")).isEqualTo("price");
        assertThat(repriced.get("price")).isEqualTo("4.06");
    }

    @Test
    void anUndercutOrderIsAlertedOncePerPriceOnTheCharactersAlerts() {
        characterSync.sync(PILOT);
        characterSync.sync(PILOT);

        List<LiveEvent> outbid = events.ofType("market.outbid");
        assertThat(outbid).hasSize(1);
        assertThat(outbid.get(0).topic()).isEqualTo("character.2112625428.alerts");
        Map<?, ?> entry = (Map<?, ?>) ((List<?>) outbid.get(0).payload().get("orders")).get(0);
        assertThat(entry.get("orderId")).isEqualTo(1002L);
        assertThat(entry.get("typeName")).isEqualTo("Tritanium");
        assertThat(entry.get("undercutBy")).isEqualTo("0.05");
        assertThat(entry.get("bestCompetitor")).isEqualTo("5.05");

        esi.open(List.of(bid(1001, "4.05"), ask(1002, "5.07")));
        characterSync.sync(PILOT);
        assertThat(events.ofType("market.outbid")).as("repriced and beaten again").hasSize(2);
    }

    @Test
    void corporationOrdersAreForItsTradersAndAlertOnItsMarketTopic() {
        esi.corporation = () -> new EsiResult.Fresh<>(List.of(new CorporationOrder(1002, new TypeId(34),
                JITA.regionId(), JITA.stationId(), false, Isk.of("5.10"), 900, 1000, null, OrderRange.REGION,
                NOW.minusSeconds(60), 90, null, PILOT, 3)), ScriptedMarketOrdersEsi.EXPIRES);

        corporationSync.sync(CORPORATION, PILOT);

        List<OwnOrderView> open = query.corporationOrders(TRADER, CORPORATION, true);
        assertThat(open).hasSize(1);
        assertThat(open.get(0).order().issuedBy()).isEqualTo(PILOT);
        assertThat(open.get(0).order().walletDivision()).isEqualTo(3);
        assertThat(open.get(0).position().outbid()).isTrue();
        assertThat(events.ofType("market.outbid")).extracting(LiveEvent::topic)
                .containsExactly("corporation.98000001.market");
        assertThatThrownBy(() -> query.corporationOrders(OWNER, CORPORATION, true))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anotherAccountFindsNoSuchCharacter() {
        characterSync.sync(PILOT);

        assertThatThrownBy(() -> query.characterOrders(STRANGER, PILOT, true)).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("not found");
    }

    @Test
    void aRevokedTokenOrARefusalIsAnOutcomeAndNothingIsStored() {
        tokens = character -> {
            throw new TokenInvalidException(character);
        };
        assertThat(characterSync.sync(PILOT).status()).isEqualTo(SyncOutcome.Status.TOKEN_INVALID);

        tokens = character -> new AccessToken("token", NOW.plusSeconds(600));
        esi.corporation = () -> {
            throw new NotPermittedException("the character has none of the roles Accountant, Trader");
        };
        SyncOutcome refused = corporationSync.sync(CORPORATION, PILOT);
        assertThat(refused.status()).isEqualTo(SyncOutcome.Status.FAILED);
        assertThat(refused.detail()).contains("Accountant");
        assertThat(refused.nextDue()).isEqualTo(NOW.plus(OwnOrderSync.RETRY_AFTER_FAILURE));
        assertThat(stored.list(OrderOwner.of(CORPORATION), true)).isEmpty();
    }

    @Test
    void aListingEsiStillHasCachedStoresNothing() {
        esi.open = () -> new EsiResult.NotDue<>(ScriptedMarketOrdersEsi.EXPIRES);

        assertThat(characterSync.sync(PILOT).status()).isEqualTo(SyncOutcome.Status.NOT_DUE);
        assertThat(query.characterOrders(OWNER, PILOT, true)).isEmpty();
        assertThat(events.all()).isEmpty();
    }

    private static CharacterOrder bid(long id, String price) {
        return new CharacterOrder(id, new TypeId(34), JITA.regionId(), JITA.stationId(), true, Isk.of(price), 900,
                1000, 1L, OrderRange.STATION, NOW.minusSeconds(id), 90, Isk.of("3645"), false, OrderState.OPEN);
    }

    private static CharacterOrder ask(long id, String price) {
        return new CharacterOrder(id, new TypeId(34), JITA.regionId(), JITA.stationId(), false, Isk.of(price), 900,
                1000, null, OrderRange.REGION, NOW.minusSeconds(id), 90, null, false, OrderState.OPEN);
    }
}
