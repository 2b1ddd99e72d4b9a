package org.eveseat.domain.market.service;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eveseat.domain.event.model.LiveEvent;
import org.eveseat.domain.event.port.out.AlertLog;
import org.eveseat.domain.event.port.out.EventPublisher;
import org.eveseat.domain.market.model.OrderOwner;
import org.eveseat.domain.market.model.OwnOrderView;

/**
 * Tells the owner once when an open order is outbid or undercut. The alert's key holds the order's price, so an
 * order repriced to the top and beaten again alerts again, while the same beaten price alerts only once however
 * many syncs (or nodes) see it.
 */
final class OutbidAlerts {
    private final AlertLog alerts;
    private final EventPublisher events;

    OutbidAlerts(AlertLog alerts, EventPublisher events) {
        this.alerts = alerts;
        this.events = events;
    }

    void check(OrderOwner owner, List<OwnOrderView> open, Instant now) {
        List<OwnOrderView> beaten = open.stream().filter(v -> v.position() != null && v.position().outbid()).toList();
        if (beaten.isEmpty()) {
            return;
        }
        Set<String> fresh = alerts.firstTimes(beaten.stream().map(v -> key(owner, v)).toList(), now);
        List<Map<String, Object>> raised = beaten.stream().filter(v -> fresh.contains(key(owner, v)))
                .map(OutbidAlerts::entry).toList();
        if (!raised.isEmpty()) {
            Map<String, Object> payload = OwnOrderEvents.payload(owner);
            payload.put("orders", raised);
            events.publish(new LiveEvent(OwnOrderEvents.OUTBID, OwnOrderEvents.alertTopic(owner), now, payload));
        }
    }

    private static String key(OrderOwner owner, OwnOrderView view) {
        return OwnOrderEvents.OUTBID + ":" + owner.kind().name().toLowerCase() + ":" + owner.id() + ":"
                + view.order().orderId() + ":" + view.order().price().amount().toPlainString();
    }

    private static Map<String, Object> entry(OwnOrderView view) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("orderId", view.order().orderId());
        entry.put("typeId", view.order().typeId().value());
        entry.put("typeName", view.typeName());
        entry.put("buyOrder", view.order().buyOrder());
        entry.put("price", view.order().price().amount().toPlainString());
        entry.put("bestCompetitor", view.position().bestCompetitor().amount().toPlainString());
        entry.put("undercutBy", view.position().undercutBy().amount().toPlainString());
        entry.put("stationName", view.stationName());
        return entry;
    }
}
