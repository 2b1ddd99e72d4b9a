package org.eveseat.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eveseat.it.ApiResponses.assertProblem;
import static org.eveseat.it.ApiResponses.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eveseat.fake.ledger.Mail;
import org.eveseat.fake.ledger.MailLabel;
import org.junit.jupiter.api.Test;

/**
 * Hostile and careless input on Payara Micro: text PostgreSQL cannot hold, from ESI (stored as U+FFFD, syncs and
 * reads go on) and from our API (refused, nothing stored or sent); client mistakes that are 4xx problems naming
 * what was wrong; errors the container answers itself; every path to a Faces view behind the console's check.
 */
class HardenedInputIT extends DeployedWar {
    /** A pilot of its own: the mails and labels made here would change the mailbox other test classes count. */
    private static final long PILOT = 2112000450L;
    private static final String MAIL = "api/v1/characters/" + PILOT + "/mail";
    private static final long POISONED_MAIL = 370_000_077L;
    private static final long OTHER = 95465499L;
    /** Mail and the reads the refused requests aim at. */
    private static final Set<String> SCOPES = Set.of("publicData", "esi-mail.read_mail.v1", "esi-mail.send_mail.v1",
            "esi-mail.organize_mail.v1", "esi-wallet.read_character_wallet.v1",
            "esi-contracts.read_character_contracts.v1");

    @Test
    void nulFromEsiIsStoredAsReplacementAndSyncAndReadGoOn() {
        esi.ledger().character(PILOT).mails().prepend(new Mail(POISONED_MAIL, OTHER, "Fuel\u0000x",
                "<b>o7\u0000</b>", Instant.now().truncatedTo(ChronoUnit.SECONDS),
                List.of(new Mail.Recipient(PILOT, "character")), List.of(Mail.INBOX), false));
        List<MailLabel> labels = new ArrayList<>(esi.ledger().character(PILOT).mailLabels().all());
        labels.add(new MailLabel(2048, "Null\u0000label", MailLabel.COLORS.get(0)));
        esi.ledger().character(PILOT).mailLabels().set(labels);
        Browser main = loggedIn();

        assertThat(json(main.post(MAIL + "/sync")).getString("status")).isIn("UPDATED", "UNCHANGED", "NOT_DUE");
        assertThat(json(main.get(MAIL + "/" + POISONED_MAIL)).getString("subject")).isEqualTo("Fuel\uFFFDx");
        assertThat(json(main.get(MAIL + "/" + POISONED_MAIL)).getString("body")).contains("o7").doesNotContain("\u0000");
        assertThat(json(main.get(MAIL + "/labels")).getJsonArray("labels").toString()).contains("Null\uFFFDlabel");
    }

    @Test
    void nulFromOurApiIsRefusedBeforeAnythingIsStoredOrSent() {
        Browser main = loggedIn();
        esi.ledger().character(OTHER);
        int mailsAtEsi = esi.ledger().character(OTHER).mails().all().size();
        int labelsAtEsi = esi.ledger().character(PILOT).mailLabels().all().size();
        long storedRows = rows("mail_header") + rows("mail_label");

        assertDetail(main.send("POST", MAIL, "{\"recipients\": [{\"id\": " + OTHER + ", \"type\": \"character\"}], "
                + "\"subject\": \"\\u0000x\", \"body\": \"b\"}"), 400, "field 'subject' contains U+0000");
        assertDetail(main.send("POST", MAIL + "/labels", "{\"name\": \"a\\u0000\", \"color\": \"#0000fe\"}"), 400,
                "U+0000");
        assertDetail(main.send("POST", MAIL + "/labels", "{\"name\": \"a\\ud800\", \"color\": \"#0000fe\"}"), 400,
                "lone surrogate");
        assertDetail(main.get(MAIL + "?after=%00"), 400, "query parameter after contains U+0000");

        assertThat(esi.ledger().character(OTHER).mails().all()).hasSize(mailsAtEsi);
        assertThat(esi.ledger().character(PILOT).mailLabels().all()).hasSize(labelsAtEsi);
        assertThat(rows("mail_header") + rows("mail_label")).isEqualTo(storedRows);
    }

    @Test
    void clientMistakesAreProblemsThatSayWhatWasWrong() {
        Browser main = loggedIn();
        String journal = "api/v1/wallet/journal/" + PILOT;
        assertDetail(main.send("POST", "api/v1/contracts/search", "[".repeat(1000) + "]".repeat(1000)), 400,
                "nested more than 32 levels");
        assertDetail(main.send("POST", "api/v1/contracts/search", "{\"regionId\": " + "9".repeat(1100) + "}"), 400,
                "1100 characters");
        assertDetail(main.send("POST", "api/v1/contracts/search", "{\"regionId\": 10000002} trailing"), 400,
                "more after its JSON document");
        assertDetail(main.send("POST", "api/v1/contracts/search", "{\"regionId\": -1}"), 400,
                "regionId must be a positive number");
        assertDetail(main.send("POST", "api/v1/contracts/search", "{\"regionId\": 10000002, \"after\": -5}"), 400,
                "after must be a positive number");
        assertDetail(main.send("POST", "api/v1/contracts/search", "{\"regionId\": 1, \"pad\": \""
                + "x".repeat(1_100_000) + "\"}"), 413, "larger than 1024 KiB");
        assertDetail(main.get(journal + "?minAmount=1e1000000000"), 400, "minAmount is out of range");
        assertDetail(main.get(journal + "?minAmount=" + "1".repeat(1100)), 400, "1100 characters");
        assertDetail(main.get(journal + "?from=%2B1000000000-01-01T00:00:00Z"), 400, "from must lie in the years");
        assertDetail(main.get("api/v1/characters/" + PILOT + "/calendar?from=%2B1000000000-01-01T00:00:00Z"), 400,
                "from must lie in the years");
        assertDetail(main.get("api/v1/characters/" + PILOT + "/contracts?expiringWithin=P99999999999D"), 400,
                "expiringWithin must be between");
        assertDetail(main.get(MAIL + "/-5"), 400, "positive");
        assertDetail(get("/" + MAIL + "/labels", Map.of("Content-Type", "garbage")), 400,
                "Content-Type 'garbage' is not a media type");
        for (Map<String, String> header : List.of(Map.of("Accept", "garbage"), Map.of("Accept", "text/html;q=x"),
                Map.of("Accept-Language", "??;q=1"))) {
            SocketHttp.Answer answer = get("/" + MAIL + "/labels", header);
            assertThat(answer.status()).as(header + ": " + answer).isBetween(400, 499);
            assertThat(answer.contentType()).as(header.toString()).startsWith("application/problem+json");
        }
    }

    @Test
    void anSsoCallbackWithAUsedOrMadeUpCodeIsABadRequest() {
        sso.loginAs(PILOT, "Hardened Pilot", "owner-hardened", SCOPES);
        Browser browser = browser();
        String toSso = Browser.location(browser.get("api/v1/auth/login"));
        String backToUs = Browser.location(browser.get(toSso));
        String madeUp = backToUs.replaceFirst("code=[^&]+", "code=made-up-code");

        assertDetail(browser.get(madeUp), 400, "EVE SSO refused the login code");
    }

    @Test
    void errorsTheContainerAnswersAreProblemsUnderTheApiAndPlainPagesElsewhere() {
        assertDetail(get("/api/v1/no-such-thing", Map.of()), 404, "nothing is served at this path");
        assertDetail(get("/api/v1/a%2Fb", Map.of()), 404, "nothing is served");
        for (String path : List.of("/api/v1/%ff%fe", "/api/v1/%c0%ae%c0%ae/", "/api/v1/wallet?x=%C3%28")) {
            assertDetail(get(path, Map.of()), 400, "not valid percent-encoded UTF-8");
        }
        assertBareRefusal(get("/api/v1/%00", Map.of()), "%00");
        assertBareRefusal(get("/api/v1/auth/config", Map.of("X-Padding", "a".repeat(100_000))),
                "100 KB header, beyond the listener's 64 KiB");
        assertDetail(get("/api/v1/auth/config?q=" + "a".repeat(20_000), Map.of()), 414,
                "at most 8192 are accepted");

        HttpResponse<String> notFound = browser().get("no/such/page.txt");
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(notFound.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(notFound.body()).contains("nothing is served at this path").doesNotContain("Exception", "Payara");
        assertDetail(browser().send("DELETE", "api/v1/auth/config", null), 405, "does not take this HTTP method");
    }

    @Test
    void everyPathToAFacesViewGoesThroughTheConsoleCheck() {
        for (String path : List.of("faces/admin/users.xhtml", "admin/users.xhtml", "admin/users.jsf",
                "admin/users.faces", "faces/admin/jobs.xhtml", "admin/users.xhtml;jsessionid=abc",
                "ADMIN/users.xhtml", "Admin/Users.xhtml", "faces/admin/../admin/settings.xhtml")) {
            HttpResponse<String> answer = browser().get(path);
            assertThat(answer.statusCode()).as(path).isIn(401, 404);
            assertThat(answer.body()).as(path).doesNotContain("Exception", "jakarta.", "Users</");
        }
        for (String path : List.of("/admin/users.xhtml", "admin//users.xhtml", "faces//admin/users.xhtml",
                "faces%2Fadmin%2Fusers.xhtml", "admin%2Fusers.xhtml", "faces/admin/users%2exhtml")) {
            SocketHttp.Answer answer = get("/" + path, Map.of());
            assertThat(answer.status()).as(path).isIn(400, 401, 404);
            assertThat(answer.body()).as(path).doesNotContain("Exception", "jakarta.", "Users</");
        }
    }

    private static void assertDetail(HttpResponse<String> response, int status, String detail) {
        assertProblem(response, status);
        assertThat(json(response).getString("detail")).contains(detail);
    }

    private SocketHttp.Answer get(String target, Map<String, String> headers) {
        try {
            return new SocketHttp(uri()).send("GET", target, headers, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertDetail(SocketHttp.Answer answer, int status, String detail) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body()).contains(detail);
    }

    /**
     * What Grizzly and the HTTP connector refuse before any servlet runs (docs/STACK.md): a bare 400 with an empty
     * body, so at least nothing is named.
     */
    private static void assertBareRefusal(SocketHttp.Answer answer, String what) {
        assertThat(answer.status()).as(what + ": " + answer.headers()).isEqualTo(400);
        assertThat(answer.headers()).as(what).containsEntry("content-length", "0");
        assertThat(answer.body()).as(what).isEmpty();
    }

    private Browser loggedIn() {
        return loggedIn(PILOT, "Hardened Pilot", "owner-hardened", SCOPES);
    }

    private static long rows(String table) {
        try (Connection connection = IntegrationEnvironment.database().getConnection();
             ResultSet rs = connection.createStatement().executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
