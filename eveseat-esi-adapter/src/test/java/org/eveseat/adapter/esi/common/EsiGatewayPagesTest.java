package org.eveseat.adapter.esi.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.Response;

import org.eveseat.adapter.esi.testing.FakeEsiHarness;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.fake.ledger.JournalEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EsiGatewayPagesTest {
    private static final long PILOT = 2112625428L;
    private static final String JOURNAL = "/characters/" + PILOT + "/wallet/journal";

    private final FakeEsiHarness harness = new FakeEsiHarness();
    private final Client http = ClientBuilder.newBuilder().register(new EsiHeadersFilter(harness.settings())).build();
    private final String token = harness.token(PILOT, Set.of("esi-wallet.read_character_wallet.v1")).value();

    @BeforeEach
    void journalOfThreePages() {
        harness.esi().pageSize(1000).cacheSeconds(Duration.ofMinutes(5));
        harness.esi().ledger().character(PILOT).journal().set(JournalEntry.generate(PILOT, 2500, Instant.now()));
    }

    @AfterEach
    void stop() {
        http.close();
        harness.close();
    }

    @Test
    void allPagesAreReadOnceEachAndPage1IsCheckedAgainAtTheEnd() {
        List<Long> ids = fresh(readJournal());
        assertThat(ids).hasSize(2500).doesNotHaveDuplicates();
        assertThat(harness.esi().requestCount(JOURNAL)).as("3 pages + page 1 again with If-None-Match").isEqualTo(4);
    }

    @Test
    void dataChangingUnderTheWalkRestartsItAndNothingIsLostOrDoubled() {
        harness.esi().changeDuringPagination();
        List<Long> ids = fresh(readJournal());
        assertThat(ids).hasSize(2501).doesNotHaveDuplicates();
        assertThat(new HashSet<>(ids)).containsAll(harness.esi().ledger().character(PILOT).journal().all().stream()
                .map(JournalEntry::id).toList());
    }

    @Test
    void anUnchangedJournalAfterExpiryCostsOne304() throws Exception {
        fresh(readJournal());
        harness.clock().advance(Duration.ofMinutes(6));
        int before = harness.esi().requestCount(JOURNAL);
        assertThat(readJournal()).isInstanceOf(EsiResult.Unchanged.class);
        assertThat(harness.esi().requestCount(JOURNAL) - before).isEqualTo(1);
    }

    private EsiResult<List<Long>> readJournal() {
        return harness.gateway().readPages(EsiOperation.authed(JOURNAL, "char-wallet", new CharacterId(PILOT)),
                this::page, body -> Json.createReader(new StringReader(body)).readArray().stream()
                        .map(v -> ((JsonObject) v).getJsonNumber("id").longValue()).toList());
    }

    private Response page(int number, String etag) {
        var request = http.target(harness.esi().baseUrl()).path(JOURNAL).queryParam("page", number).request()
                .header("Authorization", "Bearer " + token);
        return (etag == null ? request : request.header("If-None-Match", etag)).get();
    }

    private static List<Long> fresh(EsiResult<List<Long>> result) {
        assertThat(result).isInstanceOf(EsiResult.Fresh.class);
        return ((EsiResult.Fresh<List<Long>>) result).value();
    }
}
