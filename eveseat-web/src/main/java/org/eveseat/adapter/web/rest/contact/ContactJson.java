package org.eveseat.adapter.web.rest.contact;

import static org.eveseat.adapter.json.Jsonp.JSON;

import java.util.List;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.eveseat.adapter.web.rest.NamesJson;
import org.eveseat.domain.contact.model.Contact;
import org.eveseat.domain.contact.model.ContactLabel;
import org.eveseat.domain.contact.model.ContactPage;
import org.eveseat.domain.contact.model.ContactSearch;
import org.eveseat.domain.universe.model.EntityNames;
import org.eveseat.domain.universe.port.in.ResolveNamesQuery;

/**
 * Response bodies of the contact API. Flags ESI does not report for a kind of list are JSON null; each contact
 * carries its name (null while unknown).
 */
final class ContactJson {
    private ContactJson() {
    }

    /** The page with its contacts' names, resolved in one batch. */
    static JsonObject page(ContactPage page, ContactSearch search, ResolveNamesQuery resolver) {
        EntityNames names = resolver.resolve(NamesJson.ids(page.contacts().stream().map(Contact::contactId)));
        JsonArrayBuilder contacts = JSON.createArrayBuilder();
        page.contacts().forEach(contact -> contacts.add(contact(contact, names)));
        return JSON.createObjectBuilder().add("contacts", contacts).add("total", page.total())
                .add("offset", search.offset()).add("limit", search.limit()).build();
    }

    static JsonObject labels(List<ContactLabel> labels) {
        JsonArrayBuilder all = JSON.createArrayBuilder();
        labels.forEach(label -> all.add(JSON.createObjectBuilder().add("labelId", label.labelId())
                .add("name", label.name())));
        return JSON.createObjectBuilder().add("labels", all).build();
    }

    static JsonObject added(List<Long> ids) {
        return JSON.createObjectBuilder().add("added", JSON.createArrayBuilder(ids)).build();
    }

    private static JsonObject contact(Contact contact, EntityNames names) {
        JsonObjectBuilder json = NamesJson.name(JSON.createObjectBuilder().add("contactId", contact.contactId()),
                        "name", names, contact.contactId())
                .add("type", contact.type().esiValue()).add("standing", contact.standing().value())
                .add("labels", JSON.createArrayBuilder(contact.labelIds()));
        flag(json, "watched", contact.watched());
        flag(json, "blocked", contact.blocked());
        return json.build();
    }

    private static void flag(JsonObjectBuilder json, String name, Boolean value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }
}
