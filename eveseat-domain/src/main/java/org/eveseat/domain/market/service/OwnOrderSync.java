package org.eveseat.domain.market.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.character.model.TokenInvalidException;
import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.event.model.LiveEvent;
import org.eveseat.domain.event.port.out.AlertLog;
import org.eveseat.domain.event.port.out.EventPublisher;
import org.eveseat.domain.market.model.OrderOwner;
import org.eveseat.domain.market.model.OrderPosition;
import org.eveseat.domain.market.model.OwnOrder;
import org.eveseat.domain.market.port.out.MarketBook;
import org.eveseat.domain.market.port.out.OwnOrderRepository;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.DomainException;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.SyncOutcome;
import org.eveseat.domain.shared.SyncOutcome.Status;
import org.eveseat.domain.universe.port.out.StaticData;

/**
 * What the character and corporation order syncs share: the token, failures as outcomes, and storing a fresh open
 * list: the owner hears of what changed, then of orders now beaten in the stored book.
 */
final class OwnOrderSync {
    static final Duration RETRY_AFTER_FAILURE = Duration.ofMinutes(5);

    private final AccessTokenQuery tokens;
    private final OwnOrderRepository orders;
    private final OrderPositions positions;
    private final OrderNames names;
    private final OutbidAlerts outbid;
    private final EventPublisher events;
    private final Clock clock;

    OwnOrderSync(AccessTokenQuery tokens, OwnOrderRepository orders, MarketBook book, StaticData staticData,
                 AlertLog alerts, EventPublisher events, Clock clock) {
        this.tokens = tokens;
        this.orders = orders;
        this.positions = new OrderPositions(book);
        this.names = new OrderNames(staticData);
        this.outbid = new OutbidAlerts(alerts, events);
        this.events = events;
        this.clock = clock;
    }

    /** Runs a sync with the character's token; never throws. */
    SyncOutcome run(CharacterId tokenOf, Function<AccessToken, SyncOutcome> sync) {
        try {
            return sync.apply(tokens.accessTokenFor(tokenOf));
        } catch (TokenInvalidException e) {
            return new SyncOutcome(Status.TOKEN_INVALID, null, e.getMessage());
        } catch (DomainException e) {
            return SyncOutcome.failed(e, clock.instant().plus(RETRY_AFTER_FAILURE));
        }
    }

    /** Stores ESI's open orders if they are fresh; the outcome says whether they were. */
    <T> SyncOutcome storeOpen(OrderOwner owner, Supplier<EsiResult<List<T>>> read, Function<T, OwnOrder> toOrder) {
        EsiResult<List<T>> listed = read.get();
        if (!(listed instanceof EsiResult.Fresh<List<T>> fresh)) {
            return notFresh(listed);
        }
        List<OwnOrder> open = fresh.value().stream().map(toOrder).filter(OwnOrder::open).toList();
        Instant now = clock.instant();
        Map<String, Object> changes = OwnOrderChanges.between(owner, orders.list(owner, true), open);
        orders.replaceOpen(owner, open);
        if (changes != null) {
            events.publish(new LiveEvent(OwnOrderEvents.CHANGED, OwnOrderEvents.topic(owner), now, changes));
        }
        Map<Long, OrderPosition> placed = positions.of(open);
        outbid.check(owner, open.stream().map(o -> names.view(o, placed.get(o.orderId()))).toList(), now);
        return SyncOutcome.of(Status.UPDATED, fresh.expires());
    }

    static SyncOutcome notFresh(EsiResult<?> result) {
        return SyncOutcome.of(result instanceof EsiResult.NotDue ? Status.NOT_DUE : Status.UNCHANGED,
                result.expires());
    }
}
