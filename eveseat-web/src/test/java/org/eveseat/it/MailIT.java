package org.eveseat.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eveseat.it.ApiResponses.assertProblem;
import static org.eveseat.it.ApiResponses.json;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import jakarta.json.JsonObject;

import org.eveseat.fake.ledger.Mail;
import org.junit.jupiter.api.Test;

/**
 * Mail end to end on Payara Micro: sync from the fake ESI into PostgreSQL, keyset listing, a hostile body served
 * sanitized, sending into the fake ESI's ledger (and a CSPA charge reported), labels, and the refusals. The sender
 * and the labeller are pilots of their own, so MAIN's mailbox holds what the listing counts whatever ran before.
 */
class MailIT extends DeployedWar {
    private static final Set<String> MAIL_SCOPES = Set.of("publicData", "esi-mail.read_mail.v1",
            "esi-mail.send_mail.v1", "esi-mail.organize_mail.v1");
    private static final long OTHER = 95465499L;
    private static final long HOSTILE_MAIL = 370_000_001L;
    private static final long SENDER = 2112001701L;
    private static final long LABELLER = 2112001702L;
    private static final long LABELLED_MAIL = 370_001_702L;
    private static final String MAIL = "api/v1/characters/" + MAIN + "/mail";

    @Test
    void mailIsSyncedListedInPagesAndAHostileBodyIsServedSanitized() {
        esi.ledger().character(MAIN).mails().prepend(new Mail(HOSTILE_MAIL, OTHER, "Free ISK",
                "<b>Bold</b><script>alert(1)</script><img src=x onerror=alert(2)>"
                        + "<a href=\"javascript:alert(3)\">click</a><svg onload=alert(4)>",
                Instant.now().truncatedTo(ChronoUnit.SECONDS), List.of(new Mail.Recipient(MAIN, "character")),
                List.of(Mail.INBOX), false));
        Browser main = loggedIn(MAIN, "Main Pilot", "owner-main", MAIL_SCOPES);

        assertThat(json(main.post(MAIL + "/sync")).getString("status")).isIn("UPDATED", "UNCHANGED", "NOT_DUE");

        JsonObject first = json(main.get(MAIL + "?limit=2"));
        assertThat(first.getJsonArray("mails")).hasSize(2);
        assertThat(first.getJsonArray("mails").getJsonObject(0).getJsonNumber("mailId").longValue())
                .isEqualTo(HOSTILE_MAIL);
        JsonObject rest = json(main.get(MAIL + "?limit=100&after=" + first.getString("next")));
        assertThat(rest.getJsonArray("mails")).hasSize(3);
        assertThat(rest.isNull("next")).isTrue();
        assertThat(json(main.get(MAIL + "?unread=true")).getJsonArray("mails")).hasSize(2);

        String body = json(main.get(MAIL + "/" + HOSTILE_MAIL)).getString("body");
        assertThat(body).contains("<b>Bold</b>", "click")
                .doesNotContain("<script", "onerror", "javascript:", "<svg", "onload", "<img");
        assertThat(json(main.get("api/v1/characters/" + MAIN + "/mail/lists")).getJsonArray("mailingLists")
                .getJsonObject(0).getString("name")).isEqualTo("Jita traders");
    }

    @Test
    void aSentMailReachesEsiAndACspaChargeIsReportedClearly() {
        Browser sender = loggedIn(SENDER, MAIL_SCOPES);
        esi.ledger().character(OTHER); // the fake ESI delivers only to characters it knows
        String mail = "{\"recipients\": [{\"id\": " + OTHER + ", \"type\": \"character\"}], "
                + "\"subject\": \"Fuel\", \"body\": \"Contract sent. o7\"}";

        HttpResponse<String> sent = sender.send("POST", mailOf(SENDER), mail);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        long mailId = json(sent).getJsonNumber("mailId").longValue();
        assertThat(esi.ledger().character(OTHER).mails().all()).anySatisfy(m -> {
            assertThat(m.mailId()).isEqualTo(mailId);
            assertThat(m.subject()).isEqualTo("Fuel");
            assertThat(m.from()).isEqualTo(SENDER);
        });
        assertThat(esi.ledger().character(SENDER).mails().all()).anySatisfy(m -> {
            assertThat(m.mailId()).isEqualTo(mailId);
            assertThat(m.labels()).contains(Mail.SENT);
        });

        esi.ledger().character(OTHER).cspaCharge(5000);
        HttpResponse<String> charged = sender.send("POST", mailOf(SENDER), mail);
        assertProblem(charged, 409);
        assertThat(json(charged).getString("detail")).contains("CSPA", "5000 ISK", "approvedCost");
        esi.ledger().character(OTHER).cspaCharge(0);
    }

    @Test
    void labelsAreCreatedPutOnMailFilteredAndDeleted() {
        esi.ledger().character(LABELLER).mails().prepend(new Mail(LABELLED_MAIL, OTHER, "Fleet at 19:00",
                "Form up in Jita.", Instant.now().truncatedTo(ChronoUnit.SECONDS),
                List.of(new Mail.Recipient(LABELLER, "character")), List.of(Mail.INBOX), false));
        Browser main = loggedIn(LABELLER, MAIL_SCOPES);
        String mail = mailOf(LABELLER);
        assertThat(json(main.post(mail + "/sync")).getString("status")).isIn("UPDATED", "UNCHANGED", "NOT_DUE");
        HttpResponse<String> created = main.send("POST", mail + "/labels", "{\"name\": \"Fleet\", \"color\": \"#ff6600\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long labelId = json(created).getJsonNumber("labelId").longValue();
        assertThat(json(main.get(mail + "/labels")).getJsonArray("labels").toString()).contains("\"Fleet\"");

        HttpResponse<String> relabelled = main.send("PUT", mail + "/" + LABELLED_MAIL,
                "{\"read\": true, \"labels\": [1, " + labelId + "]}");
        assertThat(relabelled.statusCode()).as(relabelled.body()).isEqualTo(204);
        JsonObject labelled = json(main.get(mail + "?label=" + labelId));
        assertThat(labelled.getJsonArray("mails")).hasSize(1);
        assertThat(labelled.getJsonArray("mails").getJsonObject(0).getBoolean("read")).isTrue();

        assertThat(main.send("DELETE", mail + "/labels/" + labelId, null).statusCode()).isEqualTo(204);
        assertThat(json(main.get(mail + "/labels")).getJsonArray("labels").toString()).doesNotContain("\"Fleet\"");
        assertThat(json(main.get(mail + "?label=" + labelId)).getJsonArray("mails")).isEmpty();

        assertThat(main.send("DELETE", mail + "/" + LABELLED_MAIL, null).statusCode()).isEqualTo(204);
        assertProblem(main.get(mail + "/" + LABELLED_MAIL), 404);
        assertThat(esi.ledger().character(LABELLER).mails().all()).noneMatch(m -> m.mailId() == LABELLED_MAIL);
    }

    @Test
    void othersAnonymousCallersAndBadInputAreRefusedWithProblems() {
        Browser other = loggedIn(OTHER, "Other Pilot", "owner-other", MAIL_SCOPES);
        assertProblem(other.get(MAIL), 404);
        assertProblem(other.get(MAIL + "/labels"), 404);
        assertProblem(other.send("POST", MAIL, "{\"recipients\": [{\"id\": 1, \"type\": \"character\"}], "
                + "\"subject\": \"s\", \"body\": \"b\"}"), 404);
        assertProblem(browser().get(MAIL), 401);

        Browser main = loggedIn(MAIN, "Main Pilot", "owner-main", MAIL_SCOPES);
        assertProblem(main.get(MAIL + "?limit=abc"), 400);
        assertProblem(main.get(MAIL + "?limit=101"), 400);
        assertProblem(main.get(MAIL + "?after=yesterday"), 400);
        assertProblem(main.get(MAIL + "/abc"), 400);
        assertProblem(main.send("POST", MAIL, "not json"), 400);
        assertProblem(main.send("POST", MAIL, "{}"), 400);
        assertProblem(main.send("POST", MAIL, "{\"recipients\": [{\"id\": 1, \"type\": \"character\"}], "
                + "\"subject\": \"" + "s".repeat(1001) + "\", \"body\": \"b\"}"), 400);
        assertProblem(main.send("PUT", MAIL + "/1", "{\"read\": \"yes\"}"), 400);
        assertProblem(main.send("POST", MAIL + "/labels", "{\"name\": \"x\", \"color\": \"pink\"}"), 400);
    }

    private static String mailOf(long characterId) {
        return "api/v1/characters/" + characterId + "/mail";
    }
}
