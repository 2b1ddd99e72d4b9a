package org.eveseat.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eveseat.it.ApiResponses.assertProblem;
import static org.eveseat.it.ApiResponses.json;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.eveseat.fake.ledger.CalendarEvent;
import org.eveseat.fake.ledger.Contact;
import org.junit.jupiter.api.Test;

/**
 * Contacts and calendar end to end on Payara Micro: scheduled syncs from the fake ESI into PostgreSQL, a contact
 * added, edited and deleted in the fake ESI's ledger and here, a corporation's and its alliance's contacts for a
 * member, an event answered, attendees, and the refusals. The characters, corporation and alliance are this
 * test's own: a pilot linked to the admin (MAIN) and a member of its corporation
 * with an account of its own.
 */
class ContactsAndCalendarIT extends DeployedWar {
    private static final Set<String> SCOPES = Set.of("publicData", "esi-characters.read_contacts.v1",
            "esi-characters.write_contacts.v1", "esi-corporations.read_contacts.v1", "esi-alliances.read_contacts.v1",
            "esi-calendar.read_calendar_events.v1", "esi-calendar.respond_calendar_events.v1");
    private static final long PILOT = 2112000888L;
    private static final long MEMBER = 2112000999L;
    private static final long OTHER = 95465499L;
    private static final long CORPORATION = 98000888L;
    private static final long ALLIANCE = 99000888L;
    private static final long NEW_CONTACT = 98000009L;
    private static final String CONTACTS = "api/v1/characters/" + PILOT + "/contacts";
    private static final String CALENDAR = "api/v1/characters/" + PILOT + "/calendar";

    @Test
    void contactsAreSyncedListedAndAddedEditedAndDeletedThroughEsi() {
        Browser main = adminWithPilot();
        assertThat(new EngineApi(main).runAndAwait("CONTACTS", PILOT).getJsonObject("state").getString("lastStatus"))
                .isIn("UPDATED", "UNCHANGED", "NOT_DUE");
        List<Contact> ledger = esi.ledger().character(PILOT).contacts().all();

        JsonObject all = json(main.get(CONTACTS + "?sort=-standing&limit=500"));
        assertThat(all.getInt("total")).isEqualTo(ledger.size());
        List<Double> standings = contacts(all).stream().map(c -> c.getJsonNumber("standing").doubleValue()).toList();
        assertThat(standings).isSortedAccordingTo((a, b) -> Double.compare(b, a)).hasSize(ledger.size());
        assertThat(contacts(json(main.get(CONTACTS + "?limit=2&offset=1")))).hasSize(2);

        HttpResponse<String> added = main.send("POST", CONTACTS,
                "{\"contactIds\": [" + NEW_CONTACT + "], \"standing\": 7.5, \"labels\": [1]}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(json(added).getJsonArray("added").getJsonNumber(0).longValue()).isEqualTo(NEW_CONTACT);
        assertThat(ledgerContact().standing()).isEqualTo(7.5);
        assertThat(storedContact(main).getString("type")).isEqualTo("corporation");

        HttpResponse<String> edited = main.send("PUT", CONTACTS,
                "{\"contactIds\": [" + NEW_CONTACT + "], \"standing\": -2.5, \"watched\": true}");
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(204);
        assertThat(ledgerContact().standing()).isEqualTo(-2.5);
        assertThat(storedContact(main).getJsonNumber("standing").doubleValue()).isEqualTo(-2.5);
        assertThat(storedContact(main).getJsonArray("labels")).isEmpty();

        assertThat(main.send("DELETE", CONTACTS + "?contactIds=" + NEW_CONTACT, null).statusCode()).isEqualTo(204);
        assertThat(esi.ledger().character(PILOT).contacts().all()).noneMatch(c -> c.contactId() == NEW_CONTACT);
        assertThat(json(main.get(CONTACTS + "?type=corporation")).toString()).doesNotContain("" + NEW_CONTACT);
    }

    @Test
    void corporationAndAllianceContactsAreSyncedWithAMembersTokenAndShownToTheMember() {
        esi.ledger().character(PILOT).corporationId(CORPORATION);
        esi.ledger().character(MEMBER).corporationId(CORPORATION);
        esi.ledger().corporation(CORPORATION).allianceId(ALLIANCE);
        Browser member = loggedIn(MEMBER, "Member Pilot", "owner-member", SCOPES);
        EngineApi engine = new EngineApi(adminWithPilot());
        engine.runAndAwait("AFFILIATIONS", 0);
        engine.awaitPlanned("CORPORATION_CONTACTS", CORPORATION);

        JsonObject sync = engine.runAndAwait("CORPORATION_CONTACTS", CORPORATION);

        assertThat(sync.getJsonObject("state").getString("lastStatus")).as(sync.toString()).isIn("UPDATED", "UNCHANGED", "NOT_DUE");
        JsonObject stored = json(member.get("api/v1/corporations/" + CORPORATION + "/contacts"));
        assertThat(stored.getInt("total")).isEqualTo(esi.ledger().corporation(CORPORATION).contacts().all().size());
        assertThat(contacts(stored)).allMatch(c -> c.isNull("blocked"));
        assertThat(json(member.get("api/v1/corporations/" + CORPORATION + "/contacts/labels"))
                .getJsonArray("labels")).isNotEmpty();
        JsonObject alliance = json(member.get("api/v1/alliances/" + ALLIANCE + "/contacts?sort=standing"));
        assertThat(alliance.getInt("total")).isEqualTo(esi.ledger().alliance(ALLIANCE).contacts().all().size());
        assertThat(contacts(alliance)).allMatch(c -> c.isNull("watched"));
    }

    @Test
    void theCalendarIsSyncedAnEventAnsweredThroughEsiAndItsAttendeesShown() {
        Browser main = adminWithPilot();
        // the pilot's first sync at login may have read the calendar already (then this run is not due or a 304)
        assertThat(new EngineApi(main).runAndAwait("CALENDAR", PILOT).getJsonObject("state").getString("lastStatus"))
                .isIn("UPDATED", "UNCHANGED", "NOT_DUE");
        List<CalendarEvent> ledger = esi.ledger().character(PILOT).calendar().all();

        JsonArray events = json(main.get(CALENDAR)).getJsonArray("events");
        assertThat(events).hasSize(ledger.size());
        long eventId = events.getJsonObject(0).getJsonNumber("eventId").longValue();
        assertThat(json(main.get(CALENDAR + "/" + eventId)).getString("text"))
                .isEqualTo(ledger.stream().filter(e -> e.eventId() == eventId).findFirst().orElseThrow().text());

        HttpResponse<String> answered = main.send("PUT", CALENDAR + "/" + eventId, "{\"response\": \"declined\"}");
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(204);
        assertThat(esi.ledger().character(PILOT).calendar().find(e -> e.eventId() == eventId).orElseThrow()
                .responseOf(PILOT)).isEqualTo("declined");
        assertThat(json(main.get(CALENDAR + "?response=declined")).getJsonArray("events")).hasSize(1);

        JsonArray attendees = json(main.get(CALENDAR + "/" + eventId + "/attendees")).getJsonArray("attendees");
        assertThat(attendees).anySatisfy(a -> {
            assertThat(a.asJsonObject().getJsonNumber("characterId").longValue()).isEqualTo(PILOT);
            assertThat(a.asJsonObject().getString("response")).isEqualTo("declined");
        });
    }

    @Test
    void othersAnonymousCallersAndBadInputAreRefusedWithProblems() {
        Browser other = loggedIn(OTHER, "Other Pilot", "owner-other", SCOPES);
        assertProblem(other.get(CONTACTS), 404);
        assertProblem(other.send("POST", CONTACTS, "{\"contactIds\": [1], \"standing\": 1}"), 404);
        assertProblem(other.get(CALENDAR), 404);
        assertProblem(other.send("PUT", CALENDAR + "/1", "{\"response\": \"accepted\"}"), 404);
        assertProblem(other.get("api/v1/corporations/" + CORPORATION + "/contacts"), 404);
        assertProblem(other.get("api/v1/alliances/" + ALLIANCE + "/contacts/labels"), 404);
        assertProblem(loggedIn(MEMBER, "Member Pilot", "owner-member", SCOPES).get(CONTACTS), 404);
        assertProblem(browser().get(CONTACTS), 401);
        assertProblem(browser().get(CALENDAR), 401);

        Browser main = adminWithPilot();
        for (String query : List.of("?limit=abc", "?limit=501", "?offset=-1", "?sort=name", "?type=ship",
                "?watched=maybe")) {
            assertProblem(main.get(CONTACTS + query), 400);
        }
        assertProblem(main.send("POST", CONTACTS, "not json"), 400);
        assertProblem(main.send("POST", CONTACTS, "{\"contactIds\": [1], \"standing\": 11}"), 400);
        assertProblem(main.send("PUT", CONTACTS, "{\"contactIds\": [], \"standing\": 1}"), 400);
        assertProblem(main.send("DELETE", CONTACTS, null), 400);
        assertProblem(main.send("DELETE", CONTACTS + "?contactIds=1,x", null), 400);
        assertProblem(main.get(CALENDAR + "?from=yesterday"), 400);
        assertProblem(main.get(CALENDAR + "/abc"), 400);
        assertProblem(main.send("PUT", CALENDAR + "/1", "{\"response\": \"maybe\"}"), 400);
        assertProblem(main.send("PUT", CALENDAR + "/1", "{\"response\": \"not_responded\"}"), 400);
    }

    private Contact ledgerContact() {
        return esi.ledger().character(PILOT).contacts().find(c -> c.contactId() == NEW_CONTACT).orElseThrow();
    }

    private static JsonObject storedContact(Browser main) {
        return contacts(json(main.get(CONTACTS + "?type=corporation&limit=500"))).stream()
                .filter(c -> c.getJsonNumber("contactId").longValue() == NEW_CONTACT).findFirst().orElseThrow();
    }

    private static List<JsonObject> contacts(JsonObject page) {
        return page.getJsonArray("contacts").stream().map(JsonValue::asJsonObject).toList();
    }

    /** The admin's session with this test's pilot linked to the admin's account. */
    private Browser adminWithPilot() {
        sso.loginAs(MAIN, "Main Pilot", "owner-main", Set.of("publicData"));
        Browser admin = browser();
        assertThat(admin.logIn().statusCode()).isEqualTo(303);
        sso.loginAs(PILOT, "Social Pilot", "owner-" + PILOT, SCOPES);
        assertThat(admin.logIn().statusCode()).isEqualTo(303);
        return admin;
    }
}
