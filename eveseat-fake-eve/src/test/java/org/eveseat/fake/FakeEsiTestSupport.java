package org.eveseat.fake;

import org.eveseat.fake.routes.Scopes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * A fake SSO per test class (its RSA keys are slow to make), a fresh fake ESI per test, a pilot with every
 * scope, and short ways to call and read answers.
 */
abstract class FakeEsiTestSupport {

    static final long PILOT = 2112625428L;
    static final long FRIEND = 90000001L;

    static FakeEveSso sso;
    FakeEsi esi;
    EsiTestClient client;
    String token;

    @BeforeAll
    static void startSso() {
        sso = new FakeEveSso().start();
    }

    @AfterAll
    static void stopSso() {
        sso.stop();
    }

    @BeforeEach
    void startEsi() {
        esi = new FakeEsi(sso).start().errorLimit(1000, Duration.ofMinutes(1));
        client = new EsiTestClient(esi);
        token = sso.mintAccessToken(PILOT, new HashSet<>(Scopes.ALL));
    }

    @AfterEach
    void stopEsi() {
        esi.stop();
    }

    HttpResponse<String> get(String pathAndQuery, String... headers) {
        return client.get(pathAndQuery, token, headers);
    }

    HttpResponse<String> send(String method, String pathAndQuery, String body) {
        return client.send(method, pathAndQuery, token, body);
    }

    static String header(HttpResponse<?> response, String name) {
        return EsiTestClient.header(response, name);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(HttpResponse<String> response) {
        return (List<Map<String, Object>>) EsiTestClient.json(response);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(HttpResponse<String> response) {
        return (Map<String, Object>) EsiTestClient.json(response);
    }

    static List<Long> ids(List<Map<String, Object>> records, String field) {
        return records.stream().map(record -> (Long) record.get(field)).toList();
    }
}
