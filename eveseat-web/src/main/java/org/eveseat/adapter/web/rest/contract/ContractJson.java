package org.eveseat.adapter.web.rest.contract;

import static org.eveseat.adapter.json.Jsonp.JSON;

import java.util.List;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

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
import org.eveseat.domain.universe.model.LocationRoute;

/** Response bodies of the contract API. Absent fields are JSON null; ids are numbers, times ISO-8601, ISK decimals. */
final class ContractJson {
    private ContractJson() {
    }

    static JsonObject page(ContractPage page) {
        JsonArrayBuilder contracts = JSON.createArrayBuilder();
        page.contracts().forEach(contract -> contracts.add(contract(contract)));
        return put(JSON.createObjectBuilder().add("contracts", contracts), "next", page.next()).build();
    }

    static JsonObject details(ContractDetails details) {
        LocationRoute route = details.route();
        JsonObjectBuilder json = contract(details.contract());
        return (route == null ? json.addNull("route") : json.add("route", put(put(put(JSON.createObjectBuilder(),
                "startSystemId", route.startSystem()), "endSystemId", route.endSystem()), "jumps", route.jumps())))
                .build();
    }

    static JsonObject items(List<ContractItem> items) {
        JsonArrayBuilder all = JSON.createArrayBuilder();
        items.forEach(item -> all.add(put(JSON.createObjectBuilder().add("recordId", item.recordId())
                .add("typeId", item.typeId().value()).add("quantity", item.quantity())
                .add("included", item.included()).add("singleton", item.singleton()), "rawQuantity",
                item.rawQuantity())));
        return JSON.createObjectBuilder().add("items", all).build();
    }

    static JsonObject bids(List<ContractBid> bids) {
        JsonArrayBuilder all = JSON.createArrayBuilder();
        bids.forEach(bid -> all.add(put(JSON.createObjectBuilder().add("bidId", bid.bidId()), "bidderId",
                bid.bidderId()).add("amount", bid.amount().amount()).add("dateBid", bid.dateBid().toString())));
        return JSON.createObjectBuilder().add("bids", all).build();
    }

    static JsonObject publicPage(PublicContractPage page) {
        JsonArrayBuilder contracts = JSON.createArrayBuilder();
        page.contracts().forEach(contract -> contracts.add(offer(contract.offer())
                .add("regionId", contract.regionId().value())));
        return put(JSON.createObjectBuilder().add("contracts", contracts), "next", page.nextAfter()).build();
    }

    private static JsonObjectBuilder contract(Contract contract) {
        JsonObjectBuilder json = offer(contract.offer()).add("status", contract.status().esiValue())
                .add("availability", contract.availability().esiValue());
        put(json, "assigneeId", contract.assigneeId());
        put(json, "acceptorId", contract.acceptorId());
        put(json, "dateAccepted", contract.dateAccepted());
        return put(json, "dateCompleted", contract.dateCompleted());
    }

    private static JsonObjectBuilder offer(ContractOffer offer) {
        ContractTerms terms = offer.terms();
        JsonObjectBuilder json = JSON.createObjectBuilder().add("contractId", offer.contractId())
                .add("type", terms.type().esiValue()).add("title", terms.title())
                .add("issuerId", offer.issuerId().value())
                .add("issuerCorporationId", offer.issuerCorporationId().value())
                .add("forCorporation", offer.forCorporation());
        put(json, "price", terms.price());
        put(json, "buyout", terms.buyout());
        put(json, "reward", terms.reward());
        put(json, "collateral", terms.collateral());
        put(json, "volume", terms.volume());
        put(json, "daysToComplete", terms.daysToComplete());
        put(json, "startLocationId", terms.startLocationId());
        put(json, "endLocationId", terms.endLocationId());
        return put(put(json, "dateIssued", offer.dateIssued()), "dateExpired", offer.dateExpired());
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
