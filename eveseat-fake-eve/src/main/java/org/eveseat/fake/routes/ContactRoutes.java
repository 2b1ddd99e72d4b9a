package org.eveseat.fake.routes;

import org.eveseat.fake.EsiRequest;
import org.eveseat.fake.EsiRoute;
import org.eveseat.fake.HttpError;
import org.eveseat.fake.Json;
import org.eveseat.fake.ledger.Contact;
import org.eveseat.fake.ledger.RecordList;

import java.util.List;

/**
 * Contacts and contact labels of characters, corporations and alliances; adding, editing and deleting a
 * character's contacts.
 */
public final class ContactRoutes {

    private ContactRoutes() {
    }

    public static List<EsiRoute> routes() {
        return List.of(
                EsiRoute.of("GET /characters/{character_id}/contacts")
                        .pages(request -> request.character().contacts(), Json::object),
                EsiRoute.of("POST /characters/{character_id}/contacts")
                        .answer(ContactRoutes::add),
                EsiRoute.of("PUT /characters/{character_id}/contacts")
                        .answer(ContactRoutes::edit),
                EsiRoute.of("DELETE /characters/{character_id}/contacts")
                        .answer(ContactRoutes::delete),
                EsiRoute.of("GET /characters/{character_id}/contacts/labels")
                        .answer(request -> request.character().contactLabels().all()),
                EsiRoute.of("GET /corporations/{corporation_id}/contacts")
                        .pages(request -> request.corporation().contacts(),
                                contact -> Json.without(contact, "is_blocked")),
                EsiRoute.of("GET /corporations/{corporation_id}/contacts/labels")
                        .answer(request -> request.corporation().contactLabels().all()),
                EsiRoute.of("GET /alliances/{alliance_id}/contacts")
                        .pages(request -> request.alliance().contacts(),
                                contact -> Json.without(contact, "is_blocked", "is_watched")),
                EsiRoute.of("GET /alliances/{alliance_id}/contacts/labels")
                        .answer(request -> request.alliance().contactLabels().all()));
    }

    /** The settings of {@code ?standing=&watched=&label_ids=} for the contact ids of the body. */
    private record Settings(List<Long> ids, double standing, boolean watched, List<Long> labelIds) {

        static Settings of(EsiRequest request) {
            List<Long> ids = Bodies.longs(request.json(), "body", 1, 100);
            double standing = request.requiredQueryDouble("standing");
            if (standing < -10 || standing > 10) {
                throw HttpError.invalid("query.standing", "expected number between -10 and 10", standing);
            }
            List<Long> labels = request.queryLongs("label_ids");
            if (labels.size() > 63) {
                throw HttpError.invalid("query.label_ids", "expected at most 63 items", labels.size());
            }
            return new Settings(ids, standing, request.queryBoolean("watched").orElse(false),
                    labels.isEmpty() ? null : labels);
        }

        Contact applyTo(long contactId, Boolean blocked) {
            return new Contact(contactId, Contact.typeOf(contactId), standing, blocked, watched, labelIds);
        }
    }

    /** Adds the contacts not yet in the list; answers their ids. */
    private static Object add(EsiRequest request) {
        Settings settings = Settings.of(request);
        RecordList<Contact> contacts = request.character().contacts();
        List<Long> added = settings.ids().stream().distinct()
                .filter(id -> contacts.find(contact -> contact.contactId() == id).isEmpty()).toList();
        added.forEach(id -> contacts.add(settings.applyTo(id, false)));
        return added;
    }

    /** Changes standing, watch flag and labels of the contacts that exist. */
    private static Object edit(EsiRequest request) {
        Settings settings = Settings.of(request);
        request.character().contacts().update(contact -> settings.ids().contains(contact.contactId()),
                contact -> settings.applyTo(contact.contactId(), contact.isBlocked()));
        return null;
    }

    private static Object delete(EsiRequest request) {
        List<Long> ids = request.queryLongs("contact_ids");
        if (ids.isEmpty() || ids.size() > 20) {
            throw HttpError.invalid("query.contact_ids", "expected 1 to 20 items", ids.size());
        }
        request.character().contacts().removeIf(contact -> ids.contains(contact.contactId()));
        return null;
    }
}
