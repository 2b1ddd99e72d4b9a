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
        long deadline = System.nanoTime() + JOB_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonValue value : array(admin.get("api/v1/admin/jobs?limit=200"))) {
                JsonObject job = value.asJsonObject();
                JsonObject parameters = job.getJsonObject("parameters");
                if (job.getJsonNumber("executionId").longValue() > before
                        && endpoint.equals(parameters.getString("syncEndpoint", ""))
                        && Long.toString(owner).equals(parameters.getString("syncOwnerId", ""))) {
                    return awaitEnd(job.getJsonNumber("executionId").longValue());
                }
            }
            PayaraNode.sleep(250);
        }
        throw new AssertionError("the scheduler started no job for " + endpoint + ":" + owner);
    }

    JsonObject awaitEnd(long executionId) {
        long deadline = System.nanoTime() + JOB_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonObject run = execution(executionId);
            String status = run.getString("status");
            if (!status.equals("STARTING") && !status.equals("STARTED")) {
                return run;
            }
            PayaraNode.sleep(250);
        }
        throw new AssertionError("job execution " + executionId + " did not end in " + JOB_TIMEOUT);
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
        long deadline = System.nanoTime() + JOB_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!String.valueOf(lastRun(endpoint, owner)).equals(String.valueOf(before[0]))) {
                return schedule(endpoint, owner);
            }
            PayaraNode.sleep(250);
        }
        throw new AssertionError(endpoint + ":" + owner + " did not run: " + schedule(endpoint, owner));
    }

    /**
     * Runs the sync until it asks ESI again instead of finding ESI's last answer still fresh (NOT_DUE): the
     * answer's cache time, short in the tests, decides when, not a fixed wait.
     */
    JsonObject runUntilAskedAgain(String endpoint, long owner) {
        long deadline = System.nanoTime() + JOB_TIMEOUT.toNanos();
        JsonObject sync = runAndAwait(endpoint, owner);
        while ("NOT_DUE".equals(sync.getJsonObject("state").getString("lastStatus", ""))) {
            assertThat(System.nanoTime()).as(endpoint + ":" + owner + " still not due: " + sync).isLessThan(deadline);
            PayaraNode.sleep(250);
            sync = runAndAwait(endpoint, owner);
        }
        return sync;
    }

    /**
     * Runs the region's book job until the stored snapshot holds {@code orders} orders: a run just before may have
     * left ESI's answer fresh, and a run then stores nothing new.
     */
    void storeBook(long region, int orders) {
        long deadline = System.nanoTime() + JOB_TIMEOUT.toNanos();
        while (true) {
            assertThat(runJobSync("MARKET_BOOK", region).getString("status")).isEqualTo("COMPLETED");
            JsonObject stored = array(admin.get("api/v1/market/regions")).stream().map(JsonValue::asJsonObject)
                    .filter(r -> r.getJsonNumber("regionId").longValue() == region).findFirst().orElseThrow();
            if (!stored.isNull("snapshot") && stored.getJsonObject("snapshot").getInt("orderCount") == orders) {
                return;
            }
            assertThat(System.nanoTime()).as("book of " + region + ": " + stored).isLessThan(deadline);
            PayaraNode.sleep(500);
        }
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
        long deadline = System.nanoTime() + RUNNING_TIMEOUT.toNanos();
        HttpResponse<String> run = admin.post("api/v1/admin/sync/" + endpoint + "/" + owner + "/run");
        while (run.statusCode() == 409 && System.nanoTime() < deadline) {
            PayaraNode.sleep(250);
            beforeRetry.run();
            run = admin.post("api/v1/admin/sync/" + endpoint + "/" + owner + "/run");
        }
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
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                schedule(endpoint, owner);
                return;
            } catch (AssertionError notYet) {
                PayaraNode.sleep(250);
                runDue();
            }
        }
        throw new AssertionError(endpoint + ":" + owner + " not planned; affiliations "
                + schedule("AFFILIATIONS", 0) + "; tokens " + EngineApi.array(admin.get(
                        "api/v1/admin/sync/tokens")));
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
