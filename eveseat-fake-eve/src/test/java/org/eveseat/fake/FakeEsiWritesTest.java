package org.eveseat.fake;

import org.eveseat.fake.ledger.CalendarEvent;
import org.eveseat.fake.ledger.CharacterLedger;
import org.eveseat.fake.ledger.Contact;
import org.eveseat.fake.ledger.Mail;
import org.eveseat.fake.ledger.MailLabel;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FakeEsiWritesTest extends FakeEsiTestSupport {

    static final String MAIL = "/characters/" + PILOT + "/mail";
    static final String CONTACTS = "/characters/" + PILOT + "/contacts";

    @Test
    void sentMailLandsInTheFriendsInboxAndTheSentItems() {
        CharacterLedger friend = esi.ledger().character(FRIEND);
        String body = mailTo(FRIEND, "character", 0);

        HttpResponse<String> sent = send("POST", MAIL, body);

        assertThat(sent.statusCode()).isEqualTo(201);
        long mailId = (Long) Json.parse(sent.body());
        Mail received = friend.mails().all().get(0);
        assertThat(received.mailId()).isEqualTo(mailId);
        assertThat(received.from()).isEqualTo(PILOT);
        assertThat(received.isRead()).isFalse();
        assertThat(received.labels()).containsExactly(Mail.INBOX);
        Mail kept = esi.ledger().character(PILOT).mails().all().get(0);
        assertThat(kept.mailId()).isEqualTo(mailId);
        assertThat(kept.labels()).containsExactly(Mail.SENT);
        String friendsInbox = client.get("/characters/" + FRIEND + "/mail?labels=1", sso.mintAccessToken(FRIEND,
                Set.of("esi-mail.read_mail.v1"))).body();
        assertThat(friendsInbox).contains("\"subject\":\"Fleet\"");
        assertThat(sent.headers().firstValue("ETag")).isEmpty();
    }

    @Test
    void mailToAPilotWithACspaChargeNeedsTheApprovedCost() {
        esi.ledger().character(FRIEND).cspaCharge(25_000);

        HttpResponse<String> refused = send("POST", MAIL, mailTo(FRIEND, "character", 1000));
        HttpResponse<String> approved = send("POST", MAIL, mailTo(FRIEND, "character", 25_000));

        assertThat(refused.statusCode()).isEqualTo(520);
        assertThat((String) object(refused).get("error")).startsWith("ContactCostNotApproved")
                .contains("\"totalCost\": 25000").contains("\"approvedCost\": 1000");
        assertThat(approved.statusCode()).isEqualTo(201);
    }

    @Test
    void mailBodiesAreCheckedLikeEsi() {
        HttpResponse<String> noSubject = send("POST", MAIL, "{\"body\":\"x\",\"recipients\":[{\"recipient_id\":1,"
                + "\"recipient_type\":\"character\"}]}");
        HttpResponse<String> badType = send("POST", MAIL, mailTo(FRIEND, "pilot", 0));
        HttpResponse<String> noRecipients = send("POST", MAIL, "{\"body\":\"x\",\"subject\":\"y\",\"recipients\":[]}");
        HttpResponse<String> notJson = send("POST", MAIL, "{oops");

        assertThat(noSubject.statusCode()).isEqualTo(400);
        assertThat(object(noSubject).get("details")).isEqualTo(List.of(Map.of("location", "body.subject",
                "message", "required property is missing")));
        assertThat(badType.statusCode()).isEqualTo(400);
        assertThat(badType.body()).contains("body.recipients[0].recipient_type");
        assertThat(noRecipients.statusCode()).isEqualTo(400);
        assertThat(notJson.statusCode()).isEqualTo(400);
    }

    @Test
    void mailCanBeMarkedReadRelabelledAndDeleted() {
        CharacterLedger me = esi.ledger().character(PILOT);
        Mail unread = me.mails().find(mail -> !mail.isRead()).orElseThrow();
        String path = MAIL + "/" + unread.mailId();

        assertThat(send("PUT", path, "{\"read\":true,\"labels\":[1,16]}").statusCode()).isEqualTo(204);
        Mail changed = me.mails().find(mail -> mail.mailId() == unread.mailId()).orElseThrow();
        assertThat(changed.isRead()).isTrue();
        assertThat(changed.labels()).containsExactly(1L, 16L);
        assertThat(send("PUT", path, "{\"labels\":[999]}").statusCode()).isEqualTo(400);
        assertThat(send("PUT", path, "{}").statusCode()).isEqualTo(400);

        assertThat(send("DELETE", path, null).statusCode()).isEqualTo(204);
        assertThat(me.mails().find(mail -> mail.mailId() == unread.mailId())).isEmpty();
        assertThat(get(path).statusCode()).isEqualTo(404);
    }

    @Test
    void labelsAreCreatedCountedAndDeleted() {
        CharacterLedger me = esi.ledger().character(PILOT);

        HttpResponse<String> created = send("POST", MAIL + "/labels", "{\"name\":\"Logistics\",\"color\":\"#ff6600\"}");
        long labelId = (Long) Json.parse(created.body());

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(me.mailLabels().all()).contains(new MailLabel(labelId, "Logistics", "#ff6600"));
        assertThat(send("POST", MAIL + "/labels", "{\"name\":\"x\",\"color\":\"#123456\"}").statusCode())
                .isEqualTo(400);
        assertThat(object(get(MAIL + "/labels")).get("total_unread_count")).isEqualTo(
                me.mails().all().stream().filter(mail -> !mail.isRead()).count());

        assertThat(send("DELETE", MAIL + "/labels/16", null).statusCode()).isEqualTo(204);
        assertThat(me.mails().all()).noneMatch(mail -> mail.labels().contains(16L));
        assertThat(send("DELETE", MAIL + "/labels/1", null).statusCode()).as("the inbox stays").isEqualTo(400);
        assertThat(send("DELETE", MAIL + "/labels/12345", null).statusCode()).isEqualTo(404);
    }

    @Test
    void contactsAreAddedEditedAndDeleted() {
        CharacterLedger me = esi.ledger().character(PILOT);

        HttpResponse<String> added = send("POST", CONTACTS + "?standing=7.5&watched=true&label_ids=1,2",
                "[95000001,99000005," + me.contacts().all().get(0).contactId() + "]");

        assertThat(added.statusCode()).isEqualTo(201);
        assertThat(Json.parse(added.body())).isEqualTo(List.of(95000001L, 99000005L));
        assertThat(contact(me, 99000005L)).isEqualTo(new Contact(99000005L, "alliance", 7.5, false, true,
                List.of(1L, 2L)));

        assertThat(send("PUT", CONTACTS + "?standing=-10", "[95000001]").statusCode()).isEqualTo(204);
        assertThat(contact(me, 95000001L).standing()).isEqualTo(-10.0);
        assertThat(contact(me, 95000001L).isWatched()).isFalse();
        assertThat(send("PUT", CONTACTS, "[95000001]").statusCode()).as("standing is required").isEqualTo(400);
        assertThat(send("PUT", CONTACTS + "?standing=11", "[95000001]").statusCode()).isEqualTo(400);

        assertThat(send("DELETE", CONTACTS + "?contact_ids=95000001,99000005", null).statusCode()).isEqualTo(204);
        assertThat(me.contacts().find(c -> c.contactId() == 95000001L || c.contactId() == 99000005L)).isEmpty();
        assertThat(send("DELETE", CONTACTS, null).statusCode()).isEqualTo(400);
    }

    @Test
    void aCalendarResponseChangesTheEvent() {
        CharacterLedger me = esi.ledger().character(PILOT);
        CalendarEvent event = me.calendar().all().get(1);
        String path = "/characters/" + PILOT + "/calendar/" + event.eventId();
        assertThat(object(get(path))).containsEntry("response", "Undecided");

        assertThat(send("PUT", path, "{\"response\":\"tentative\"}").statusCode()).isEqualTo(204);
        esi.expireCaches();

        assertThat(object(get(path))).containsEntry("response", "Tentative");
        assertThat(list(get("/characters/" + PILOT + "/calendar"))).anySatisfy(e -> assertThat(e)
                .containsEntry("event_id", event.eventId()).containsEntry("event_response", "tentative"));
        assertThat(list(get(path + "/attendees"))).contains(Map.of("character_id", PILOT,
                "event_response", "tentative"));
        assertThat(send("PUT", path, "{\"response\":\"maybe\"}").statusCode()).isEqualTo(400);
        assertThat(send("PUT", "/characters/" + PILOT + "/calendar/1", "{\"response\":\"accepted\"}").statusCode())
                .isEqualTo(404);
    }

    @Test
    void readsShowAWriteOnlyAfterTheCacheExpires() {
        int before = list(get(CONTACTS)).size();
        send("POST", CONTACTS + "?standing=5", "[95000002]");

        assertThat(list(get(CONTACTS))).hasSize(before);
        esi.expireCaches();
        assertThat(list(get(CONTACTS))).hasSize(before + 1);
    }

    private static Contact contact(CharacterLedger me, long id) {
        return me.contacts().find(c -> c.contactId() == id).orElseThrow();
    }

    private static String mailTo(long recipient, String type, long approvedCost) {
        return "{\"approved_cost\":" + approvedCost + ",\"body\":\"Form up at 19:00\",\"recipients\":[{\"recipient_id\":"
                + recipient + ",\"recipient_type\":\"" + type + "\"}],\"subject\":\"Fleet\"}";
    }
}
