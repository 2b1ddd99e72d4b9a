package org.eveseat.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;

import org.eveseat.fake.ledger.JournalEntry;
import org.junit.jupiter.api.Test;

/**
 * The Faces admin console on a real Payara Micro, read as a browser reads it: the admin sees its alt's token, the
 * schedule, a wallet-journal job that failed against a failing fake ESI, restarts it with a real Faces form post
 * (view state and all), reads the ESI budget, and grants and revokes admin on a second account. A user gets 403
 * on every page, anonymous 401. The admin (MAIN) logs in without the wallet scope so that no sync of its own
 * wallet runs here. Each test sets up what its pages show: the failed job and the ESI errors the budget counts
 * come from alts of their own, whose first syncs ask ESI.
 */
class AdminConsoleIT extends DeployedWar {
    private static final String WALLET_SCOPE = "esi-wallet.read_character_wallet.v1";
    /** The admin's alt and a second account's character, this test's own. */
    private static final long PILOT = 2112007301L;
    private static final long TRADER = 2112007302L;
    /** Alts of the admin's: one whose journal job fails and is restarted, one whose first sync meets a 503. */
    private static final long JOURNAL_PILOT = 2112007303L;
    private static final long BUDGET_PILOT = 2112007304L;
    private static final BigDecimal PILOT_BALANCE = new BigDecimal("1234567.89");
    private static final List<String> PAGES = List.of("admin/users.xhtml", "admin/sync.xhtml", "admin/jobs.xhtml",
            "admin/budget.xhtml", "admin/settings.xhtml", "admin/");
    private static final Pattern EVE_TIME = Pattern.compile("\\d{4}\\.\\d{2}\\.\\d{2} \\d{2}:\\d{2}:\\d{2}");

    @Test
    void anonymousGets401WithALoginLinkAndAUserGets403OnEveryPage() {
        Browser anonymous = new Browser(URI.create(base.toString()));
        assertThat(anonymous.get("admin").statusCode()).as("the container's own slash redirect").isEqualTo(301);
        for (String page : PAGES) {
            HttpResponse<String> refused = anonymous.get(page);
            assertThat(refused.statusCode()).as(page).isEqualTo(401);
            assertThat(refused.body()).as(page).contains("/api/v1/auth/login").doesNotContain("ui:composition");
        }
        adminWithPilot();
        Browser trader = trader();
        for (String page : PAGES) {
            HttpResponse<String> refused = trader.get(page);
            assertThat(refused.statusCode()).as(page).isEqualTo(403);
            assertThat(refused.body()).as(page).contains("Admins only");
        }
    }

    @Test
    void theUsersPageShowsEachCharactersTokenScopesLastRefreshAndWallet() {
        Browser admin = adminWithPilot();
        esi.resetFaults();
        new EngineApi(admin).runAndAwait("WALLET_BALANCE", PILOT);
        Browser trader = sso.withAccessTokenLifetime(Duration.ofSeconds(2), this::trader);
        sso.revoke(TRADER);
        // the access token still works until it expires (2 s); the refresh after that meets the revocation
        Await.until("the trader's revoked token noticed", Duration.ofSeconds(60),
                () -> new EngineApi(admin).runAndAwait("WALLET_BALANCE", TRADER),
                sync -> sync.getJsonObject("state").getString("lastStatus").equals("TOKEN_INVALID"));

        assertThat(Browser.location(admin.get("admin/"))).endsWith("/admin/users.xhtml");
        HttpResponse<String> page = kept("users", admin.get("admin/users.xhtml"));

        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        String pilot = row(page.body(), "data-character=\"" + PILOT + "\"");
        assertThat(pilot).contains("Console Pilot", "status ok\">valid<", "<code>" + WALLET_SCOPE + "</code>",
                "<code class=\"missing\">esi-mail.read_mail.v1</code>", "1,234,567.89 ISK");
        assertThat(EVE_TIME.matcher(pilot).find()).as("last refresh in EVE time: " + pilot).isTrue();
        assertThat(row(page.body(), "data-character=\"" + TRADER + "\"")).contains("Console Trader",
                "status bad\">invalid<");
        assertThat(row(page.body(), "data-character=\"" + MAIN + "\"")).contains("Main Pilot", ">admin<");
        assertThat(trader.get("api/v1/auth/me").body()).contains("\"tokenValid\":false");
    }

    @Test
    void aFailedJournalJobShowsItsProgressOnTheSchedulesAndJobsPagesAndRestartsFromAFacesPost() {
        Browser admin = adminWith(JOURNAL_PILOT, "Console Accountant");
        EngineApi engine = new EngineApi(admin);
        esi.resetFaults().cacheSeconds(Duration.ofSeconds(2));
        // the first scheduler pass runs every due sync of the alt, its balance too
        esi.ledger().setWalletBalance(JOURNAL_PILOT, PILOT_BALANCE);
        esi.ledger().character(JOURNAL_PILOT).journal().set(JournalEntry.generate(JOURNAL_PILOT, 2_345, esi.ledger().anchor()));
        JsonObject completed = engine.runJournalSync(JOURNAL_PILOT);
        assertThat(completed.getString("status")).isEqualTo("COMPLETED");
        for (int i = 0; i < 1_200; i++) {
            esi.ledger().character(JOURNAL_PILOT).journal().prependNewer();
        }
        esi.failNext(1_000, 503);
        long failed = engine.runJournalSyncUntilAsked(JOURNAL_PILOT).getJsonNumber("executionId").longValue();
        esi.resetFaults();

        String jobs = admin.get("admin/jobs.xhtml").body();
        assertThat(row(jobs, "data-execution=\"" + completed.getJsonNumber("executionId") + "\"")).contains(
                "wallet-journal", "WALLET_JOURNAL:" + JOURNAL_PILOT, "COMPLETED", "pages: 3 read, 3 written, 2345 entries stored");
        assertThat(row(jobs, "data-execution=\"" + failed + "\"")).contains("FAILED", "value=\"Restart\"",
                "aria-label=\"Restart execution " + failed + "\"");
        String failing = kept("sync", admin.get("admin/sync.xhtml?endpoint=WALLET_JOURNAL&outcome=FAILED")).body();
        assertThat(row(failing, "data-sync=\"WALLET_JOURNAL:" + JOURNAL_PILOT + "\"")).contains("FAILED", "503");
        assertThat(failing).doesNotContain("data-sync=\"WALLET_BALANCE:");
        assertThat(admin.get("admin/sync.xhtml?endpoint=WALLET_BALANCE").body())
                .contains("data-sync=\"WALLET_BALANCE:" + JOURNAL_PILOT + "\"").doesNotContain("data-sync=\"WALLET_JOURNAL:");
        HttpResponse<String> filtered = FacesForm.in(admin.get("admin/sync.xhtml").body(), "filter")
                .set("filter:endpoint", "WALLET_JOURNAL").set("filter:outcome", "FAILED").press("type", "submit")
                .submit(admin);
        assertThat(filtered.statusCode()).as("post, then redirect to the filtered view").isIn(302, 303);
        assertThat(Browser.location(filtered)).contains("endpoint=WALLET_JOURNAL", "outcome=FAILED");
        assertThat(admin.get(Browser.location(filtered)).body()).contains("data-sync=\"WALLET_JOURNAL:" + JOURNAL_PILOT + "\"")
                .doesNotContain("data-sync=\"WALLET_BALANCE:");

        FacesForm restart = FacesForm.in(jobs, "jobs").press("data-execution", Long.toString(failed));
        assertThat(restart.viewState()).isNotBlank();
        long newest = engine.newestExecution();
        HttpResponse<String> forged = FacesForm.in(jobs, "jobs").press("data-execution", Long.toString(failed))
                .set(FacesForm.VIEW_STATE, "forged").submit(admin);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("Form expired").doesNotContain("restarted as");
        assertThat(engine.newestExecution()).as("a post without the page's view state restarts nothing")
                .isEqualTo(newest);
        HttpResponse<String> restarted = restart.submit(admin);

        assertThat(restarted.statusCode()).as(restarted.body()).isEqualTo(200);
        Matcher message = Pattern.compile("Execution " + failed + " restarted as execution (\\d+)\\.").matcher(restarted.body());
        assertThat(message.find()).as(restarted.body()).isTrue();
        JsonObject resumed = engine.awaitEnd(Long.parseLong(message.group(1)));
        assertThat(resumed.getString("status")).isEqualTo("COMPLETED");
        assertThat(EngineApi.storedJournalIds(JOURNAL_PILOT)).hasSize(2_345 + 1_200);
        assertThat(row(kept("jobs", admin.get("admin/jobs.xhtml")).body(), "data-execution=\"" + message.group(1) + "\""))
                .contains("COMPLETED", "1200 entries stored");
        HttpResponse<String> again = FacesForm.in(admin.get("admin/jobs.xhtml").body(), "jobs")
                .press("data-execution", Long.toString(failed)).submit(admin);
        assertThat(again.body()).contains("message error", "cannot be restarted");
        esi.cacheSeconds(null);
    }

    @Test
    void theBudgetPageShowsThisNodesEsiFigures() {
        Browser admin = adminWith(BUDGET_PILOT, "Console Budget");
        esi.resetFaults().failNext(1, 503); // the next request, the alt's first sync's at the latest, is retried
        new EngineApi(admin).runAndAwait("WALLET_BALANCE", BUDGET_PILOT);
        record Reading(JsonObject figures, String page) { }
        // public syncs of the pass may still be calling ESI: read the page between two equal readings
        Reading reading = Await.until("two equal readings of the ESI figures around the budget page",
                Duration.ofSeconds(30), () -> new Reading(EngineApi.object(admin.get("api/v1/admin/sync"))
                        .getJsonObject("esi"), kept("budget", admin.get("admin/budget.xhtml")).body()),
                r -> r.figures().equals(EngineApi.object(admin.get("api/v1/admin/sync")).getJsonObject("esi")));
        JsonObject figures = reading.figures();
        String page = reading.page();

        assertThat(figures.getJsonNumber("calls").longValue()).isPositive();
        assertThat(page).contains("id=\"calls\">" + count(figures, "calls") + "<",
                "id=\"not-modified\">" + count(figures, "notModified") + "<",
                "id=\"server-errors\">" + count(figures, "serverErrors") + "<",
                "id=\"errors-remaining\">" + figures.getInt("errorsRemaining") + "<",
                "id=\"hit-ratio\">" + String.format(Locale.ROOT, "%.1f %%",
                        figures.getJsonNumber("notModifiedRatio").doubleValue() * 100) + "<");
        assertThat(figures.getJsonNumber("serverErrors").longValue()).as("the injected 503s").isPositive();
        assertThat(EVE_TIME.matcher(row(page, "id=\"error-reset\"")).find()).isTrue();
        for (String group : figures.getJsonObject("rateTokensUsedByGroup").keySet()) {
            assertThat(page).contains("<th scope=\"row\">" + group + "</th>");
        }
    }

    @Test
    void settingsShowTheRequestedScopesAndTheLastAdminCannotRevokeItselfButGrantsAndRevokesAnother() {
        Browser admin = adminWithPilot();
        long mainAccount = EngineApi.object(admin.get("api/v1/auth/me")).getJsonNumber("accountId").longValue();
        long traderAccount = EngineApi.object(trader().get("api/v1/auth/me")).getJsonNumber("accountId").longValue();
        String settings = admin.get("admin/settings.xhtml").body();
        assertThat(row(settings, "<code>" + WALLET_SCOPE + "</code>")).contains("WALLET_JOURNAL");
        assertThat(settings).contains("esi-calendar.respond_calendar_events.v1", "INDUSTRY (esi-industry.read_character_jobs.v1)");

        assertThat(settings).as("the last admin is offered no revoke (the service would refuse it)")
                .doesNotContain("Revoke admin of account " + mainAccount + "\"");
        assertThat(admin.get("admin/users.xhtml").statusCode()).isEqualTo(200);

        HttpResponse<String> granted = FacesForm.in(settings, "admins")
                .press("data-account", Long.toString(traderAccount)).submit(admin);
        kept("settings", granted);
        assertThat(granted.body()).contains("Account " + traderAccount + " is admin now.");
        assertThat(trader().get("admin/settings.xhtml").statusCode()).as("the role comes with the next login")
                .isEqualTo(200);

        HttpResponse<String> revoked = FacesForm.in(granted.body(), "admins")
                .press("data-account", Long.toString(traderAccount)).submit(admin);
        assertThat(revoked.body()).contains("Account " + traderAccount + " is no longer admin.");
        assertThat(trader().get("admin/settings.xhtml").statusCode()).isEqualTo(403);
    }

    /** Keeps the page under target/it/admin-console, to look at after the run. */
    private static HttpResponse<String> kept(String name, HttpResponse<String> page) {
        try {
            Path pages = Files.createDirectories(Path.of(System.getProperty("eveseat.it.workDir"), "admin-console"));
            Files.writeString(pages.resolve(name + ".html"), page.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return page;
    }

    private static String count(JsonObject figures, String name) {
        return String.format(Locale.ROOT, "%,d", figures.getJsonNumber(name).longValue());
    }

    /** The table row (or element) of the page that holds the marker. */
    private static String row(String html, String marker) {
        int at = html.indexOf(marker);
        assertThat(at).as(marker + " in " + html).isNotNegative();
        int start = html.lastIndexOf("<tr", at);
        int end = html.indexOf("</tr>", at);
        return html.substring(start < 0 ? at : start, end < 0 ? html.length() : end);
    }

    /** MAIN, the admin, with this test's alt linked, its wallet holding what the users page shows. */
    private Browser adminWithPilot() {
        esi.ledger().setWalletBalance(PILOT, PILOT_BALANCE);
        return adminWith(PILOT, "Console Pilot");
    }

    private Browser adminWith(long alt, String name) {
        Browser admin = admin();
        sso.loginAs(alt, name, "owner-" + alt, Set.of("publicData", WALLET_SCOPE));
        assertThat(admin.logIn().statusCode()).isEqualTo(303);
        return admin;
    }

    /** A second account, not an admin (unless granted). */
    private Browser trader() {
        sso.loginAs(TRADER, "Console Trader", "owner-" + TRADER, Set.of("publicData", WALLET_SCOPE));
        Browser trader = new Browser(URI.create(base.toString()));
        assertThat(trader.logIn().statusCode()).isEqualTo(303);
        return trader;
    }
}
