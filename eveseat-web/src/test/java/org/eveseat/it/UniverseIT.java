package org.eveseat.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eveseat.it.ApiResponses.assertProblem;
import static org.eveseat.it.ApiResponses.json;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The universe API on Payara Micro over the static data loaded at first start: the map with its ETag, system
 * search, routes with flags, waypoints and avoid lists, admin connections, and an admin loading a newer export.
 */
class UniverseIT extends DeployedWar {
    private static final long PILOT = 95465499L;
    private static final long JITA = 30000142L;
    private static final long PERIMETER = 30000144L;
    private static final long AMARR = 30002187L;
    private static final long THE_FORGE = 10000002L;

    @Test
    void theMapIsServedWithAStrongETagAndAnswers304WhileUnchanged() throws Exception {
        Browser pilot = pilot();
        HttpResponse<String> whole = pilot.get("api/v1/universe/map");
        assertThat(whole.statusCode()).isEqualTo(200);
        JsonObject map = json(whole);
        assertThat(map.getJsonArray("systems")).hasSize(5_432);
        assertThat(map.getJsonArray("regions").getValuesAs(JsonObject.class))
                .anySatisfy(region -> assertThat(region.getString("name")).isEqualTo("The Forge"));
        assertThat(map.getJsonArray("jumps").getValuesAs(JsonArray.class))
                .hasSizeGreaterThan(6_800)
                .allSatisfy(jump -> assertThat(jump.getJsonNumber(0).longValue())
                        .isLessThan(jump.getJsonNumber(1).longValue()))
                .anySatisfy(jump -> assertThat(List.of(
                                jump.getJsonNumber(0).longValue(),
                                jump.getJsonNumber(1).longValue()))
                        .containsExactly(JITA, PERIMETER));
        JsonObject jita = map.getJsonArray("systems").getValuesAs(JsonObject.class).stream()
                .filter(system -> system.getJsonNumber("id").longValue() == JITA)
                .findFirst()
                .orElseThrow();
        assertThat(jita.getString("name")).isEqualTo("Jita");
        assertThat(jita.getJsonNumber("security").doubleValue()).isEqualTo(0.946);
        assertThat(jita.getJsonNumber("regionId").longValue()).isEqualTo(THE_FORGE);
        assertThat(jita.getJsonNumber("constellationId").longValue()).isEqualTo(20000020L);
        String etag = whole.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).startsWith("\"").doesNotStartWith("W/");
        assertThat(whole.headers().firstValue("Cache-Control")).contains("private, no-cache");

        HttpResponse<String> again = getWithBearer(pilot, "api/v1/universe/map", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        HttpResponse<byte[]> zipped = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(uri().resolve("api/v1/universe/map"))
                                .header(
                                        "Authorization",
                                        "Bearer " + pilot.sessionToken().orElseThrow())
                                .header("Accept-Encoding", "gzip, deflate, br")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(zipped.headers().firstValue("ETag")).contains(etag);
        assertThat(zipped.body().length)
                .as("a browser downloads a fraction of the JSON")
                .isLessThan(whole.body().length() / 3);
        try (var unzipped = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertThat(new String(unzipped.readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(whole.body());
        }

        JsonObject forge = json(pilot.get("api/v1/universe/map?region=" + THE_FORGE));
        assertThat(forge.getJsonArray("systems").getValuesAs(JsonObject.class))
                .hasSize(88)
                .allSatisfy(system ->
                        assertThat(system.getJsonNumber("regionId").longValue()).isEqualTo(THE_FORGE));
        assertProblem(pilot.get("api/v1/universe/map?region=abc"), 400);
        assertProblem(pilot.get("api/v1/universe/map?region=10999999"), 404);
        assertProblem(browser().get("api/v1/universe/map"), 401);
    }

    @Test
    void systemsAreFoundByTheStartOfTheirName() {
        Browser pilot = pilot();
        JsonArray found = Json.createReader(new StringReader(
                        pilot.get("api/v1/universe/systems?q=jit").body()))
                .readArray();
        assertThat(found.getJsonObject(0).getString("name")).isEqualTo("Jita");
        assertThat(found.getJsonObject(0).getString("regionName")).isEqualTo("The Forge");
        assertThat(found.size()).isLessThanOrEqualTo(20);
        assertProblem(pilot.get("api/v1/universe/systems"), 400);
        assertProblem(pilot.get("api/v1/universe/systems?q=a&limit=21"), 400);
    }

    @Test
    void routesFollowTheirFlagWaypointsAndAvoidList() {
        removeConnections(admin());
        Browser pilot = pilot();
        JsonObject shortest = json(pilot.get("api/v1/route?from=" + JITA + "&to=" + AMARR));
        JsonObject secure = json(pilot.get("api/v1/route?from=" + JITA + "&to=" + AMARR + "&flag=secure"));
        assertThat(shortest.getString("flag")).isEqualTo("shortest");
        assertThat(secure.getInt("jumps")).isGreaterThan(shortest.getInt("jumps"));
        assertThat(secure.getJsonArray("systems").getValuesAs(JsonObject.class)).allSatisfy(system -> assertThat(
                        system.getJsonNumber("security").doubleValue())
                .isGreaterThanOrEqualTo(0.45));
        assertThat(shortest.getJsonArray("systems")).hasSize(shortest.getInt("jumps") + 1);
        JsonObject first = shortest.getJsonArray("systems").getJsonObject(0);
        assertThat(first.getString("name")).isEqualTo("Jita");
        assertThat(first.getString("regionName")).isEqualTo("The Forge");

        JsonObject via = json(pilot.get("api/v1/route?from=" + JITA + "&to=" + AMARR + "&via=30002659"));
        assertThat(ids(via)).contains(30002659L);
        JsonObject avoiding = json(pilot.get("api/v1/route?from=" + JITA + "&to=" + AMARR + "&avoid="
                + ids(shortest).get(3)));
        assertThat(ids(avoiding)).doesNotContain(ids(shortest).get(3));

        assertProblem(pilot.get("api/v1/route?from=" + JITA + "&to=" + AMARR + "&flag=fastest"), 400);
        assertProblem(pilot.get("api/v1/route?from=" + JITA + "&to=39999999"), 400);
        assertProblem(pilot.get("api/v1/route?from=" + JITA), 400);
        assertProblem(pilot.get("api/v1/route?from=" + JITA + "&to=31000005"), 404);
    }

    @Test
    void adminsAddConnectionsThatRoutesUseAndOnlyFromTheirOwnPages() {
        Browser admin = admin();
        removeConnections(admin);
        Browser pilot = pilot();
        String connection = "{\"from\": " + JITA + ", \"to\": " + AMARR + "}";
        assertProblem(pilot.send("POST", "api/v1/admin/universe/connections", connection), 403);
        assertProblem(
                admin.from("https://evil.example").send("POST", "api/v1/admin/universe/connections", connection), 403);
        admin.from(null);

        HttpResponse<String> added = admin.send("POST", "api/v1/admin/universe/connections", connection);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        try {
            assertThat(json(pilot.get("api/v1/route?from=" + JITA + "&to=" + AMARR))
                            .getInt("jumps"))
                    .isEqualTo(1);
            assertThat(json(admin.get("api/v1/admin/universe/connections")).getJsonArray("connections"))
                    .hasSize(1);
        } finally {
            assertThat(admin.send("DELETE", "api/v1/admin/universe/connections/" + AMARR + "/" + JITA, null)
                            .statusCode())
                    .isEqualTo(204);
        }
        assertThat(json(pilot.get("api/v1/route?from=" + JITA + "&to=" + AMARR)).getInt("jumps"))
                .isGreaterThan(1);
        assertProblem(admin.send("DELETE", "api/v1/admin/universe/connections/" + AMARR + "/" + JITA, null), 404);
        assertProblem(
                admin.send("POST", "api/v1/admin/universe/connections", "{\"from\": " + JITA + ", \"to\": 39999999}"),
                400);
    }

    @Test
    void anAdminLoadsANewerExportAndABrokenOneChangesNothing() throws Exception {
        Browser admin = admin();
        Path broken = Files.createTempFile("sde-broken", ".zip");
        Path newer = Files.createTempFile("sde-newer", ".zip");
        try {
            Files.writeString(broken, "not a zip");
            assertProblem(
                    admin.send("POST", "api/v1/admin/universe/static-data", "{\"location\": \"" + broken + "\"}"), 400);
            Files.write(newer, shippedWithRifterRenamed());
            HttpResponse<String> loaded =
                    admin.send("POST", "api/v1/admin/universe/static-data", "{\"location\": \"" + newer + "\"}");
            assertThat(loaded.statusCode()).as(loaded.body()).isEqualTo(200);
            JsonObject report = json(loaded);
            assertThat(report.getInt("typesRenamed")).isEqualTo(1);
            assertThat(report.getJsonArray("examples").getJsonObject(0).getString("after"))
                    .isEqualTo("Rifter Prime");
            assertThat(report.getJsonObject("rows").getInt("solar_system")).isEqualTo(8_437);
        } finally {
            Files.write(newer, shipped(null));
            assertThat(json(admin.send(
                                    "POST", "api/v1/admin/universe/static-data", "{\"location\": \"" + newer + "\"}"))
                            .getInt("typesRenamed"))
                    .isEqualTo(1);
            Files.deleteIfExists(broken);
            Files.deleteIfExists(newer);
        }
        assertProblem(pilot().send("POST", "api/v1/admin/universe/static-data", "{\"location\": \"x\"}"), 403);
    }

    /** Other tests (the hostile input's example bodies) may have left connections that shorten routes. */
    private static void removeConnections(Browser admin) {
        for (JsonArray pair : json(admin.get("api/v1/admin/universe/connections"))
                .getJsonArray("connections")
                .getValuesAs(JsonArray.class)) {
            assertThat(admin.send(
                                    "DELETE",
                                    "api/v1/admin/universe/connections/"
                                            + pair.getJsonObject(0).getJsonNumber("id") + "/"
                                            + pair.getJsonObject(1).getJsonNumber("id"),
                                    null)
                            .statusCode())
                    .isEqualTo(204);
        }
    }

    private static byte[] shippedWithRifterRenamed() throws IOException {
        return shipped("Rifter Prime");
    }

    /** The shipped export, with the Rifter renamed when a name is given. */
    private static byte[] shipped(String rifter) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (InputStream in = UniverseIT.class.getResourceAsStream("/sde/sde.zip");
                ZipInputStream zip = new ZipInputStream(in);
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String text = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                if (rifter != null && entry.getName().equals("invTypes.csv")) {
                    text = text.replace("\n587,25,Rifter,", "\n587,25," + rifter + ",");
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(text.getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static List<Long> ids(JsonObject route) {
        return route.getJsonArray("systems").getValuesAs(JsonObject.class).stream()
                .map(system -> system.getJsonNumber("id").longValue())
                .toList();
    }

    private HttpResponse<String> getWithBearer(Browser browser, String path, String ifNoneMatch) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(uri().resolve(path))
                                .header(
                                        "Authorization",
                                        "Bearer " + browser.sessionToken().orElseThrow())
                                .header("If-None-Match", ifNoneMatch)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private Browser pilot() {
        admin();
        return loggedIn(PILOT, Set.of("publicData"));
    }
}
