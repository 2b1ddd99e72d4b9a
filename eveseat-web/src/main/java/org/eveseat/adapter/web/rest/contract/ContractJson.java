package org.eveseat.adapter.web.rest.contract;

import static org.eveseat.adapter.json.Jsonp.JSON;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.eveseat.adapter.web.rest.NamesJson;
import org.eveseat.domain.contract.model.Contract;
import org.eveseat.domain.contract.model.ContractBid;
import org.eveseat.domain.contract.model.ContractDetails;
import org.eveseat.domain.contract.model.ContractItem;
import org.eveseat.domain.contract.model.ContractOffer;
import org.eveseat.domain.contract.model.ContractPage;
import org.eveseat.domain.contract.model.ContractTerms;
import org.eveseat.domain.contract.model.PublicContractPage;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.universe.model.EntityNames;
import org.eveseat.domain.universe.model.LocationRoute;
import org.eveseat.domain.universe.port.in.ResolveNamesQuery;

/**
 * Response bodies of the contract API. Absent fields are JSON null; ids are numbers, times ISO-8601, ISK decimals.
 * Pilots, corporations, places and types carry their names ({@code issuerName}, ...), resolved once per answer.
 */
final class ContractJson {
    private ContractJson() {
    }

    static JsonObject page(ContractPage page, ResolveNamesQuery resolver) {
        EntityNames names = resolver.resolve(ids(page.contracts().stream()));
        JsonArrayBuilder contracts = JSON.createArrayBuilder();
        page.contracts().forEach(contract -> contracts.add(contract(contract, names)));
        return put(JSON.createObjectBuilder().add("contracts", contracts), "next", page.next()).build();
    }

    static JsonObject details(ContractDetails details, ResolveNamesQuery resolver) {
        LocationRoute route = details.route();
        EntityNames names = resolver.resolve(NamesJson.ids(Stream.concat(ids(Stream.of(details.contract())).stream(),
                route == null ? Stream.empty() : Stream.of(systemId(route.startSystem()), systemId(route.endSystem())))));
        JsonObjectBuilder json = contract(details.contract(), names);
        return (route == null ? json.addNull("route") : json.add("route", put(named(named(JSON.createObjectBuilder(),
                "startSystem", systemId(route.startSystem()), names), "endSystem", systemId(route.endSystem()), names),
                "jumps", route.jumps()))).build();
    }

    static JsonObject items(List<ContractItem> items, ResolveNamesQuery resolver) {
        EntityNames names = resolver.resolve(NamesJson.ids(items.stream().map(item -> item.typeId().value())));
        JsonArrayBuilder all = JSON.createArrayBuilder();
        items.forEach(item -> all.add(put(named(JSON.createObjectBuilder().add("recordId", item.recordId()), "type",
                        item.typeId().value(), names).add("quantity", item.quantity())
                .add("included", item.included()).add("singleton", item.singleton()), "rawQuantity",
                item.rawQuantity())));
        return JSON.createObjectBuilder().add("items", all).build();
    }

    static JsonObject bids(List<ContractBid> bids, ResolveNamesQuery resolver) {
        EntityNames names = resolver.resolve(NamesJson.ids(bids.stream().map(bid -> characterId(bid.bidderId()))));
        JsonArrayBuilder all = JSON.createArrayBuilder();
        bids.forEach(bid -> all.add(named(JSON.createObjectBuilder().add("bidId", bid.bidId()), "bidder",
                characterId(bid.bidderId()), names).add("amount", bid.amount().amount()).add("dateBid", bid.dateBid().toString())));
        return JSON.createObjectBuilder().add("bids", all).build();
    }

    static JsonObject publicPage(PublicContractPage page, ResolveNamesQuery resolver) {
        EntityNames names = resolver.resolve(NamesJson.ids(page.contracts().stream()
                .flatMap(contract -> offerIds(contract.offer()))));
        JsonArrayBuilder contracts = JSON.createArrayBuilder();
        page.contracts().forEach(contract -> contracts.add(offer(contract.offer(), names)
                .add("regionId", contract.regionId().value())));
        return put(JSON.createObjectBuilder().add("contracts", contracts), "next", page.nextAfter()).build();
    }

    private static Set<Long> ids(Stream<Contract> contracts) {
        return NamesJson.ids(contracts.flatMap(contract -> Stream.concat(offerIds(contract.offer()),
                Stream.of(contract.assigneeId(), contract.acceptorId()))));
    }

    private static Stream<Long> offerIds(ContractOffer offer) {
        return Stream.of(offer.issuerId().value(), offer.issuerCorporationId().value(),
                offer.terms().startLocationId(), offer.terms().endLocationId());
    }

    private static JsonObjectBuilder contract(Contract contract, EntityNames names) {
        JsonObjectBuilder json = offer(contract.offer(), names).add("status", contract.status().esiValue())
                .add("availability", contract.availability().esiValue());
        named(json, "assignee", contract.assigneeId(), names);
        named(json, "acceptor", contract.acceptorId(), names);
        put(json, "dateAccepted", contract.dateAccepted());
        return put(json, "dateCompleted", contract.dateCompleted());
    }

    private static JsonObjectBuilder offer(ContractOffer offer, EntityNames names) {
        ContractTerms terms = offer.terms();
        JsonObjectBuilder json = JSON.createObjectBuilder().add("contractId", offer.contractId())
                .add("type", terms.type().esiValue()).add("title", terms.title())
                .add("forCorporation", offer.forCorporation());
        named(json, "issuer", offer.issuerId().value(), names);
        named(json, "issuerCorporation", offer.issuerCorporationId().value(), names);
        put(json, "price", terms.price());
        put(json, "buyout", terms.buyout());
        put(json, "reward", terms.reward());
        put(json, "collateral", terms.collateral());
        put(json, "volume", terms.volume());
        put(json, "daysToComplete", terms.daysToComplete());
        named(json, "startLocation", terms.startLocationId(), names);
        named(json, "endLocation", terms.endLocationId(), names);
        return put(put(json, "dateIssued", offer.dateIssued()), "dateExpired", offer.dateExpired());
    }

    /** {@code <prefix>Id} and {@code <prefix>Name}: JSON null when absent or not known yet. */
    private static JsonObjectBuilder named(JsonObjectBuilder json, String prefix, Long id, EntityNames names) {
        return NamesJson.name(put(json, prefix + "Id", id), prefix + "Name", names, id);
    }

    private static Long systemId(SolarSystemId system) {
        return system == null ? null : system.value();
    }

    private static Long characterId(CharacterId character) {
        return character == null ? null : character.value();
    }

    /** Adds a value of any type this API sends, or JSON null: ids as numbers, a cursor as its text form. */
    private static JsonObjectBuilder put(JsonObjectBuilder json, String name, Object value) {
        if (value == null) {
            return json.addNull(name);
        }
        if (value instanceof Isk isk) {
            return json.add(name, isk.amount());
        }
        if (value instanceof Long number) {
            return json.add(name, number);
        }
        if (value instanceof Integer number) {
            return json.add(name, number);
        }
        if (value instanceof Double number) {
            return json.add(name, number);
        }
        if (value instanceof SolarSystemId system) {
            return json.add(name, system.value());
        }
        if (value instanceof CharacterId character) {
            return json.add(name, character.value());
        }
        // Instant and ContractCursor: their text forms are the API's
        return json.add(name, value.toString());
    }
}
