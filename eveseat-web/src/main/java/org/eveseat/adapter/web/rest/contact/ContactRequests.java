package org.eveseat.adapter.web.rest.contact;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.eveseat.adapter.web.rest.JsonBody;
import org.eveseat.adapter.web.rest.RequestParams;
import org.eveseat.domain.contact.model.ContactChange;
import org.eveseat.domain.contact.model.ContactRemoval;
import org.eveseat.domain.contact.model.ContactSearch;
import org.eveseat.domain.contact.model.ContactSort;
import org.eveseat.domain.contact.model.ContactType;
import org.eveseat.domain.contact.model.Standing;
import org.eveseat.domain.shared.EsiEnum;
import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.RuleViolationException;

/** Parameters and bodies of the contact API; anything malformed is a 400 problem naming the field. */
final class ContactRequests {
    private ContactRequests() {
    }

    static ContactSearch search(String type, String label, String watched, String sort, String offset,
                                String limit) {
        return new ContactSearch(EsiEnum.strict(ContactType.class, type), RequestParams.optionalId(label, "label"),
                watched == null || watched.isEmpty() ? null : RequestParams.flag(watched, "watched"), sort(sort),
                RequestParams.offset(offset), RequestParams.limit(limit, ContactSearch.DEFAULT_LIMIT));
    }

    /** {@code {"contactIds": [1], "standing": 5.0, "labels": [1], "watched": false}}; labels and watched optional. */
    static ContactChange change(String body) {
        JsonObject json = JsonBody.object(body);
        BigDecimal standing = JsonBody.decimal(json, "standing");
        Require.present(standing, "standing");
        return new ContactChange(ids(json, "contactIds"), new Standing(standing.doubleValue()),
                json.containsKey("labels") ? ids(json, "labels") : Set.of(), JsonBody.flag(json, "watched"));
    }

    /** {@code ?contactIds=1,2,3}: up to 20 ids, comma-separated. */
    static ContactRemoval removal(String contactIds) {
        if (contactIds == null || contactIds.isBlank()) {
            throw new RuleViolationException("contactIds is required");
        }
        return new ContactRemoval(new HashSet<>(Arrays.stream(contactIds.split(","))
                .map(id -> RequestParams.id(id.strip(), "contact id")).toList()));
    }

    private static ContactSort sort(String text) {
        if (text == null || text.isEmpty() || text.equals("contactId")) {
            return ContactSort.CONTACT_ID;
        }
        return switch (text) {
            case "standing" -> ContactSort.STANDING_ASCENDING;
            case "-standing" -> ContactSort.STANDING_DESCENDING;
            default -> throw new RuleViolationException("sort must be contactId, standing or -standing, was '"
                    + text + "'");
        };
    }

    private static Set<Long> ids(JsonObject json, String name) {
        List<JsonValue> values = JsonBody.array(json, name);
        return new HashSet<>(values.stream().map(value -> JsonBody.asId(value, name)).toList());
    }
}
