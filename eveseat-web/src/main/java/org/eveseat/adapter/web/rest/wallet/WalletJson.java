package org.eveseat.adapter.web.rest.wallet;

import static org.eveseat.adapter.json.Jsonp.JSON;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.eveseat.adapter.web.rest.NamesJson;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.universe.model.EntityNames;
import org.eveseat.domain.wallet.model.CorporationWallet;
import org.eveseat.domain.wallet.model.JournalLine;
import org.eveseat.domain.wallet.model.KeysetPage;
import org.eveseat.domain.wallet.model.Totals;
import org.eveseat.domain.wallet.model.WalletJournalEntry;
import org.eveseat.domain.wallet.model.WalletStatistics;
import org.eveseat.domain.wallet.model.WalletTransaction;

/**
 * Response bodies of the wallet API. ISK amounts are decimal strings (no binary rounding), times ISO-8601, fields
 * ESI left out JSON null; a page carries the cursors {@code older} and {@code newer} (null: no such page).
 */
final class WalletJson {
    private WalletJson() {
    }

    static <T> JsonObject page(String name, KeysetPage<T> page, Function<T, JsonObjectBuilder> item) {
        JsonArrayBuilder items = JSON.createArrayBuilder();
        page.items().forEach(i -> items.add(item.apply(i)));
        JsonObjectBuilder json = JSON.createObjectBuilder().add(name, items);
        number(json, "older", page.older());
        number(json, "newer", page.newer());
        return json.build();
    }

    static JsonObjectBuilder line(JournalLine line) {
        WalletJournalEntry e = line.entry();
        JsonObjectBuilder json = JSON.createObjectBuilder().add("id", e.id()).add("date", e.date().toString())
                .add("refType", e.refType().esiValue()).add("description", e.description());
        isk(json, "amount", e.amount());
        isk(json, "balance", e.balance());
        number(json, "firstPartyId", e.firstPartyId());
        text(json, "firstPartyName", line.firstPartyName());
        number(json, "secondPartyId", e.secondPartyId());
        text(json, "secondPartyName", line.secondPartyName());
        text(json, "reason", e.reason());
        isk(json, "tax", e.tax());
        number(json, "taxReceiverId", e.taxReceiverId());
        number(json, "contextId", e.context() == null ? null : e.context().id());
        text(json, "contextIdType", e.context() == null ? null : e.context().type().name().toLowerCase(Locale.ROOT));
        return json;
    }

    /** With the names of its type, client and place (null while not known). */
    static JsonObjectBuilder transaction(WalletTransaction t, EntityNames names) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("transactionId", t.transactionId())
                .add("date", t.date().toString()).add("typeId", t.typeId().value());
        NamesJson.name(json, "typeName", names, t.typeId().value()).add("quantity", t.quantity())
                .add("unitPrice", t.unitPrice().amount().toPlainString()).add("buy", t.buy());
        if (t.personal() == null) {
            json.addNull("personal");
        } else {
            json.add("personal", t.personal());
        }
        NamesJson.name(json.add("clientId", t.clientId()), "clientName", names, t.clientId());
        NamesJson.name(json.add("locationId", t.locationId()), "locationName", names, t.locationId());
        number(json, "journalRefId", t.journalRefId());
        return json;
    }

    static JsonObject statistics(WalletStatistics s) {
        JsonArrayBuilder byRefType = JSON.createArrayBuilder();
        s.byRefType().forEach(r -> byRefType.add(totals(r.totals()).add("refType", r.refType().esiValue())));
        JsonArrayBuilder byPeriod = JSON.createArrayBuilder();
        s.byPeriod().forEach(p -> byPeriod.add(totals(p.totals()).add("start", p.start().toString())));
        JsonArrayBuilder top = JSON.createArrayBuilder();
        s.topCounterparties().forEach(c -> {
            JsonObjectBuilder json = totals(c.totals()).add("partyId", c.partyId());
            text(json, "name", c.name());
            top.add(json);
        });
        return JSON.createObjectBuilder().add("byRefType", byRefType).add("byPeriod", byPeriod)
                .add("topCounterparties", top).build();
    }

    static JsonObject divisions(List<CorporationWallet> wallets) {
        JsonArrayBuilder all = JSON.createArrayBuilder();
        for (CorporationWallet w : wallets) {
            JsonObjectBuilder json = JSON.createObjectBuilder().add("division", w.division().number());
            text(json, "name", w.name());
            isk(json, "balance", w.balance());
            text(json, "syncedAt", w.syncedAt() == null ? null : w.syncedAt().toString());
            all.add(json);
        }
        return JSON.createObjectBuilder().add("divisions", all).build();
    }

    private static JsonObjectBuilder totals(Totals totals) {
        return JSON.createObjectBuilder().add("income", totals.income().amount().toPlainString())
                .add("expense", totals.expense().amount().toPlainString()).add("entries", totals.entries());
    }

    private static void isk(JsonObjectBuilder json, String name, Isk isk) {
        text(json, name, isk == null ? null : isk.amount().toPlainString());
    }

    private static void number(JsonObjectBuilder json, String name, Long value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }

    private static void text(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }
}
