package org.eveseat.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** The sync engine as an admin sees it over the API (jobs, schedule, "run now"), and the journal as stored. */
final class EngineApi {
    private static final Duration JOB_TIMEOUT = Duration.ofSeconds(120);
    /** A walk the scheduler started just before may run for minutes on a busy machine (public contracts: 2 min). */
    private static final Duration RUNNING_TIMEOUT = Duration.ofSeconds(300);

    private final Browser admin;

    EngineApi(Browser admin) {
        this.admin = admin;
    }

    /** Makes the journal sync of a character due, runs one scheduler pass and waits for the job it started. */
    JsonObject runJournalSync(long characterId) {
        return runJobSync("WALLET_JOURNAL", characterId);
    }

    /** Makes a job-backed sync due, runs one scheduler pass and waits for the job it started for that sync. */
    JsonObject runJobSync(String endpoint, long owner) {
        long before = newestExecution();
        runNow(endpoint, owner, () -> { });
        long started = Await.until("a job the scheduler started for " + endpoint + ":" + owner, JOB_TIMEOUT,
                () -> startedJob(endpoint, owner, before), execution -> execution > 0);
        return awaitEnd(started);
    }

    /** The newest execution after {@code before} that runs this sync, or 0. */
    private long startedJob(String endpoint, long owner, long before) {
        for (JsonValue value : array(admin.get("api/v1/admin/jobs?limit=200"))) {
            JsonObject job = value.asJsonObject();
            JsonObject parameters = job.getJsonObject("parameters");
            if (job.getJsonNumber("executionId").longValue() > before
                    && endpoint.equals(parameters.getString("syncEndpoint", ""))
                    && Long.toString(owner).equals(parameters.getString("syncOwnerId", ""))) {
                return job.getJsonNumber("executionId").longValue();
            }
        }
        return 0;
    }

    JsonObject awaitEnd(long executionId) {
        return Await.until("the end of job execution " + executionId, JOB_TIMEOUT, () -> execution(executionId),
                run -> !run.getString("status").equals("STARTING") && !run.getString("status").equals("STARTED"));
    }

    JsonObject execution(long executionId) {
        for (JsonValue value : array(admin.get("api/v1/admin/jobs?limit=200"))) {
            if (value.asJsonObject().getJsonNumber("executionId").longValue() == executionId) {
                return value.asJsonObject();
            }
        }
        throw new AssertionError("no job execution " + executionId);
    }

    long newestExecution() {
        JsonArray runs = array(admin.get("api/v1/admin/jobs?limit=1"));
        return runs.isEmpty() ? 0 : runs.getJsonObject(0).getJsonNumber("executionId").longValue();
    }

    /** Makes a sync run on the scheduler's threads now and waits until it has recorded its outcome. */
    JsonObject runAndAwait(String endpoint, long owner) {
        String[] before = {lastRun(endpoint, owner)};
        runNow(endpoint, owner, () -> before[0] = lastRun(endpoint, owner));
        Await.until(endpoint + ":" + owner + " run again", JOB_TIMEOUT, () -> lastRun(endpoint, owner),
                lastRun -> !String.valueOf(lastRun).equals(String.valueOf(before[0])));
        return schedule(endpoint, owner);
    }

    /**
     * Runs the sync until it asks ESI again instead of finding ESI's last answer still fresh (NOT_DUE): the
     * answer's cache time, short in the tests, decides when, not a fixed wait.
     */
    JsonObject runUntilAskedAgain(String endpoint, long owner) {
        return Await.until(endpoint + ":" + owner + " asking ESI again", JOB_TIMEOUT,
                () -> runAndAwait(endpoint, owner),
                sync -> !"NOT_DUE".equals(sync.getJsonObject("state").getString("lastStatus", "")));
    }

    /**
     * Runs a job-backed sync until a run asks ESI for {@code esiPath} (as the fake ESI counts requests): while ESI's
     * last answer is still fresh, or a 429's Retry-After lasts, a run ends without asking, and faults set for the
     * next request wait for the run that does. Returns that run.
     */
    JsonObject runJobUntilAsked(String endpoint, long owner, String esiPath) {
        int before = IntegrationEnvironment.esi().requestCount(esiPath);
        return Await.until(endpoint + ":" + owner + " asking ESI for " + esiPath, JOB_TIMEOUT,
                () -> runJobSync(endpoint, owner), run -> IntegrationEnvironment.esi().requestCount(esiPath) > before);
    }

    /** As {@link #runJobUntilAsked} for a character's journal. */
    JsonObject runJournalSyncUntilAsked(long characterId) {
        return runJobUntilAsked("WALLET_JOURNAL", characterId, "/characters/" + characterId + "/wallet/journal");
    }

    /**
     * Runs the region's book job until the stored snapshot holds {@code orders} orders: a run just before may have
     * left ESI's answer fresh, and a run then stores nothing new.
     */
    void storeBook(long region, int orders) {
        Await.until("a snapshot of " + orders + " orders of region " + region, JOB_TIMEOUT, () -> {
            assertThat(runJobSync("MARKET_BOOK", region).getString("status")).isEqualTo("COMPLETED");
            return array(admin.get("api/v1/market/regions")).stream().map(JsonValue::asJsonObject)
                    .filter(r -> r.getJsonNumber("regionId").longValue() == region).findFirst().orElseThrow();
        }, stored -> !stored.isNull("snapshot") && stored.getJsonObject("snapshot").getInt("orderCount") == orders);
    }

    /** Runs the sync now (asking again while a run of it is still going), without waiting for its outcome. */
    void run(String endpoint, long owner) {
        runNow(endpoint, owner, () -> { });
    }

    /**
     * The operator's run now. While a run of the sync is still going (the login's first sync, say) it is refused
     * with 409; then {@code beforeRetry} notes the state and the sync is asked for again until that run has ended.
     */
    private void runNow(String endpoint, long owner, Runnable beforeRetry) {
        HttpResponse<String> first = admin.post("api/v1/admin/sync/" + endpoint + "/" + owner + "/run");
        HttpResponse<String> run = first.statusCode() != 409 ? first : Await.until("the run of " + endpoint + ":"
                + owner + " still going to end", RUNNING_TIMEOUT, () -> {
                    beforeRetry.run();
                    return admin.post("api/v1/admin/sync/" + endpoint + "/" + owner + "/run");
                }, answer -> answer.statusCode() != 409);
        assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
    }

    private String lastRun(String endpoint, long owner) {
        try {
            JsonValue lastRun = schedule(endpoint, owner).getJsonObject("state").get("lastRun");
            return lastRun == null || lastRun == JsonValue.NULL ? null : lastRun.toString();
        } catch (AssertionError notPlannedYet) {
            return null;
        }
    }

    JsonObject schedule(String endpoint, long owner) {
        for (JsonValue value : array(admin.get("api/v1/admin/sync/schedule?limit=10000"))) {
            JsonObject key = value.asJsonObject().getJsonObject("key");
            if (key.getString("endpoint").equals(endpoint) && key.getJsonNumber("ownerId").longValue() == owner) {
                return value.asJsonObject();
            }
        }
        throw new AssertionError("no sync " + endpoint + ":" + owner + " planned");
    }

    /** The affiliation sync runs on a managed thread; the corporation is planned at the next pass after it. */
    void awaitPlanned(String endpoint, long owner) {
        Await.until(endpoint + ":" + owner + " planned; affiliations " + lastRun("AFFILIATIONS", 0),
                Duration.ofSeconds(30), () -> {
                    if (planned(endpoint, owner)) {
                        return true;
                    }
                    runDue();
                    return false;
                });
    }

    private boolean planned(String endpoint, long owner) {
        try {
            schedule(endpoint, owner);
            return true;
        } catch (AssertionError notYet) {
            return false;
        }
    }

    /**
     * Runs the action while every other sync of the shared schedule waits a day, so the scheduler passes in it
     * run only this one: the fake ESI's faults hit the next requests, whoever makes them, and earlier tests leave
     * due syncs behind. The others are due again afterwards, as they were.
     */
    static <T> T aloneOnTheSchedule(String endpoint, long owner, Supplier<T> action) {
        String others = " where not (endpoint = ? and owner_id = ?)";
        schedule("update sync_schedule set next_due = now() + interval '1 day'" + others, endpoint, owner);
        try {
            return action.get();
        } finally {
            schedule("update sync_schedule set next_due = now()" + others
                    + " and next_due > now() + interval '23 hours'", endpoint, owner);
        }
    }

    private static void schedule(String update, String endpoint, long owner) {
        try (Connection connection = IntegrationEnvironment.database().getConnection();
             PreparedStatement statement = connection.prepareStatement(update)) {
            statement.setString(1, endpoint);
            statement.setLong(2, owner);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long stepMetric(JsonObject run, String metric) {
        return run.getJsonArray("steps").getJsonObject(0).getJsonObject("metrics").getJsonNumber(metric).longValue();
    }

    Browser admin() {
        return admin;
    }

    /** Runs one scheduler pass on the node. */
    void runDue() {
        assertThat(admin.post("api/v1/admin/sync/run").statusCode()).isEqualTo(200);
    }

    /** The character's stored journal ids, newest first, straight from PostgreSQL. */
    static List<Long> storedJournalIds(long characterId) {
        return storedIds("CHARACTER", characterId, 0);
    }

    static List<Long> storedCorporationJournalIds(long corporationId, int division) {
        return storedIds("CORPORATION", corporationId, division);
    }

    private static List<Long> storedIds(String kind, long ownerId, int division) {
        try (Connection connection = IntegrationEnvironment.database().getConnection();
             PreparedStatement select = connection.prepareStatement("select journal_id from wallet_journal where "
                     + "owner_kind = ? and owner_id = ? and division = ? order by journal_id desc")) {
            select.setString(1, kind);
            select.setLong(2, ownerId);
            select.setInt(3, division);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonObject object(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isLessThan(500);
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    static JsonArray array(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray();
        }
    }
}
