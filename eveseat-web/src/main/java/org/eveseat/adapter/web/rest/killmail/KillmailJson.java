package org.eveseat.adapter.web.rest.killmail;

import static org.eveseat.adapter.json.Jsonp.JSON;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import org.eveseat.domain.killmail.model.Killmail;
import org.eveseat.domain.killmail.model.KillmailDetails;
import org.eveseat.domain.killmail.model.KillmailListing;
import org.eveseat.domain.killmail.model.KillmailSummary;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.Position;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.domain.universe.model.EntityNames;
import org.eveseat.domain.universe.model.SystemPlace;
import org.eveseat.domain.universe.port.in.ResolveNamesQuery;
import org.eveseat.domain.wallet.model.KeysetPage;

/**
 * Response bodies of the killmail API: ids as numbers, times ISO-8601, names next to their ids (types and places
 * from the static data, pilots and corporations resolved once per answer), JSON null for what is absent (an NPC's
 * character, a type the static data lacks) or a name not known yet.
 */
final class KillmailJson {
    private KillmailJson() {
    }

    static JsonObject page(KeysetPage<KillmailListing> page, ResolveNamesQuery resolver) {
        EntityNames who = resolver.resolve(CombatantJson.ids(page.items().stream().map(l -> l.summary().victim())));
        JsonArrayBuilder killmails = JSON.createArrayBuilder();
        page.items().forEach(listing -> killmails.add(listing(listing, who)));
        return number(number(JSON.createObjectBuilder().add("killmails", killmails), "older", page.older()), "newer",
                page.newer()).build();
    }

    static JsonObject details(KillmailDetails details, ResolveNamesQuery resolver) {
        Killmail killmail = details.killmail();
        Map<TypeId, String> names = details.typeNames();
        Killmail.Victim victim = killmail.victim();
        EntityNames who = resolver.resolve(CombatantJson.ids(Stream.concat(Stream.of(victim.who()),
                killmail.attackers().stream().map(Killmail.Attacker::who))));
        JsonObjectBuilder victimJson = type(CombatantJson.of(victim.who(), who), "shipType", victim.shipTypeId(), names)
                .add("damageTaken", victim.damageTaken());
        Position at = victim.position();
        victimJson = at == null ? victimJson.addNull("position") : victimJson.add("position",
                JSON.createObjectBuilder().add("x", at.x()).add("y", at.y()).add("z", at.z()));
        JsonArrayBuilder attackers = JSON.createArrayBuilder();
        killmail.attackers().forEach(attacker -> attackers.add(type(type(CombatantJson.of(attacker.who(), who), "shipType",
                attacker.shipTypeId(), names), "weaponType", attacker.weaponTypeId(), names)
                .add("damageDone", attacker.damageDone()).add("finalBlow", attacker.finalBlow())
                .add("securityStatus", attacker.securityStatus())));
        JsonObjectBuilder json = place(JSON.createObjectBuilder().add("killmailId", killmail.killmailId())
                .add("killmailTime", killmail.killmailTime().toString()), details.place());
        return number(number(json, "moonId", killmail.moonId()), "warId", killmail.warId())
                .add("victim", victimJson.add("items", items(victim.items(), names, details.value().unitPrices())))
                .add("attackers", attackers).add("value", KillmailValueJson.of(details.value())).build();
    }

    private static JsonObjectBuilder listing(KillmailListing listing, EntityNames who) {
        KillmailSummary summary = listing.summary();
        JsonObjectBuilder victim = CombatantJson.of(summary.victim(), who).add("shipTypeId", summary.victimShipTypeId().value());
        return place(JSON.createObjectBuilder().add("killmailId", summary.killmailId())
                .add("killmailTime", summary.killmailTime().toString()), listing.place())
                .add("victim", text(victim, "shipTypeName", listing.victimShipTypeName()))
                .add("attackerCount", summary.attackerCount())
                .add("value", listing.value() == null ? JsonValue.NULL : JSON.createValue(
                        listing.value().amount().toPlainString()));
    }

    private static JsonArrayBuilder items(List<Killmail.Item> items, Map<TypeId, String> names,
                                          Map<TypeId, Isk> prices) {
        JsonArrayBuilder all = JSON.createArrayBuilder();
        items.forEach(item -> all.add(KillmailValueJson.unitPrice(type(JSON.createObjectBuilder(), "type",
                        item.typeId(), names), item.typeId(), prices)
                .add("flag", item.flag()).add("quantityDestroyed", item.quantityDestroyed())
                .add("quantityDropped", item.quantityDropped()).add("singleton", item.singleton())
                .add("items", items(item.items(), names, prices))));
        return all;
    }

    private static JsonObjectBuilder place(JsonObjectBuilder json, SystemPlace place) {
        json.add("solarSystemId", place.systemId().value());
        text(json, "solarSystemName", place.systemName());
        number(json, "regionId", place.regionId() == null ? null : place.regionId().value());
        return text(json, "regionName", place.regionName());
    }

    /** {@code <prefix>Id} and {@code <prefix>Name}, both null for an absent type. */
    private static JsonObjectBuilder type(JsonObjectBuilder json, String prefix, TypeId type, Map<TypeId, String> names) {
        number(json, prefix + "Id", type == null ? null : type.value());
        return text(json, prefix + "Name", type == null ? null : names.get(type));
    }

    private static JsonObjectBuilder number(JsonObjectBuilder json, String name, Long value) {
        return value == null ? json.addNull(name) : json.add(name, value);
    }

    private static JsonObjectBuilder text(JsonObjectBuilder json, String name, String value) {
        return value == null ? json.addNull(name) : json.add(name, value);
    }
}
