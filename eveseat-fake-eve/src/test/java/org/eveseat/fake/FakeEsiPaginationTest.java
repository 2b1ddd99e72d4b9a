package org.eveseat.fake;

import org.eveseat.fake.ledger.Contract;
import org.eveseat.fake.ledger.JournalEntry;
import org.eveseat.fake.ledger.RecordList;
import org.eveseat.fake.ledger.WalletTransaction;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FakeEsiPaginationTest extends FakeEsiTestSupport {

    static final String JOURNAL = "/characters/" + PILOT + "/wallet/journal";
    static final String TRANSACTIONS = "/characters/" + PILOT + "/wallet/transactions";

    @Test
    void aLargeJournalComesInPagesOf1000NewestFirst() {
        List<JournalEntry> journal = JournalEntry.generate(PILOT, 2500, esi.ledger().anchor());
        esi.ledger().character(PILOT).journal().set(journal);

        List<HttpResponse<String>> pages = List.of(get(JOURNAL), get(JOURNAL + "?page=2"), get(JOURNAL + "?page=3"));

        List<Long> ids = new ArrayList<>();
        pages.forEach(page -> ids.addAll(ids(list(page), "id")));
        assertThat(pages).allSatisfy(page -> assertThat(header(page, "X-Pages")).isEqualTo("3"));
        assertThat(list(pages.get(0))).hasSize(1000);
        assertThat(list(pages.get(2))).hasSize(500);
        assertThat(ids).isEqualTo(journal.stream().map(JournalEntry::id).toList()).isSortedAccordingTo(
                (a, b) -> Long.compare(b, a));
        assertThat(pages).extracting(page -> header(page, "Last-Modified")).containsOnly(
                header(pages.get(0), "Last-Modified"));
        assertThat(pages).extracting(page -> header(page, "ETag")).doesNotHaveDuplicates();
        assertThat(get(JOURNAL + "?page=4").statusCode()).isEqualTo(404);
        assertThat(get(JOURNAL + "?page=0").statusCode()).isEqualTo(400);
    }

    @Test
    void theDataSetChangesAfterPageOneWhenAsked() {
        esi.pageSize(10).ledger().character(PILOT).journal().set(JournalEntry.generate(PILOT, 25, esi.ledger().anchor()));
        esi.changeDuringPagination();

        HttpResponse<String> first = get(JOURNAL);
        HttpResponse<String> second = get(JOURNAL + "?page=2");
        HttpResponse<String> firstAgain = get(JOURNAL, "If-None-Match", header(first, "ETag"));

        List<Long> firstIds = ids(list(first), "id");
        assertThat(ids(list(second), "id").get(0)).as("page 2 shifted by the new entry").isEqualTo(firstIds.get(9));
        assertThat(httpDate(second, "Last-Modified")).isAfter(httpDate(first, "Last-Modified"));
        assertThat(firstAgain.statusCode()).isEqualTo(200);
        assertThat(header(firstAgain, "ETag")).isNotEqualTo(header(first, "ETag"));
        assertThat(header(firstAgain, "Last-Modified")).isEqualTo(header(second, "Last-Modified"));
        assertThat(ids(list(firstAgain), "id").get(0)).isEqualTo(firstIds.get(0) + 1);
        assertThat(header(second, "X-Pages")).isEqualTo("3");
        assertThat(esi.ledger().character(PILOT).journal().all()).hasSize(26);
    }

    @Test
    void fromIdWalksTransactionsBackwards() {
        List<WalletTransaction> transactions = WalletTransaction.generate(PILOT, 250, esi.ledger().anchor());
        esi.pageSize(100).ledger().character(PILOT).transactions().set(transactions);

        List<Long> seen = new ArrayList<>(ids(list(get(TRANSACTIONS)), "transaction_id"));
        int requests = 1;
        while (true) {
            long from = seen.get(seen.size() - 1);
            List<Long> page = ids(list(get(TRANSACTIONS + "?from_id=" + from)), "transaction_id");
            requests++;
            assertThat(page.get(0)).as("the from_id record comes first").isEqualTo(from);
            if (page.size() == 1) {
                break;
            }
            seen.addAll(page.subList(1, page.size()));
        }

        assertThat(seen).isEqualTo(transactions.stream().map(WalletTransaction::transactionId).toList());
        assertThat(requests).isEqualTo(4);
        assertThat(list(get(TRANSACTIONS + "?from_id=" + (seen.get(0) + 1000)))).hasSize(100);
    }

    @Test
    void answersNotModifiedToEtagAndIfModifiedSince() {
        HttpResponse<String> first = get(JOURNAL);

        HttpResponse<String> byEtag = get(JOURNAL, "If-None-Match", header(first, "ETag"));
        HttpResponse<String> byDate = get(JOURNAL, "If-Modified-Since", header(first, "Last-Modified"));
        HttpResponse<String> stale = get(JOURNAL, "If-Modified-Since", "Sat, 01 Jan 2000 00:00:00 GMT");

        assertThat(byEtag.statusCode()).isEqualTo(304);
        assertThat(byEtag.body()).isEmpty();
        assertThat(header(byEtag, "X-Pages")).isEqualTo("1");
        assertThat(header(byEtag, "Expires")).isEqualTo(header(first, "Expires"));
        assertThat(byDate.statusCode()).isEqualTo(304);
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(header(first, "Cache-Control")).isEqualTo("private, max-age=3600");
    }

    @Test
    void aRefreshWithoutChangesKeepsLastModified() {
        HttpResponse<String> first = get(JOURNAL + "?page=1");
        esi.expireCaches();
        HttpResponse<String> unchanged = get(JOURNAL);
        esi.ledger().character(PILOT).journal().prependNewer();
        esi.expireCaches();
        HttpResponse<String> changed = get(JOURNAL);

        assertThat(header(unchanged, "Last-Modified")).isEqualTo(header(first, "Last-Modified"));
        assertThat(header(unchanged, "ETag")).isEqualTo(header(first, "ETag"));
        assertThat(httpDate(changed, "Last-Modified")).isAfter(httpDate(first, "Last-Modified"));
        assertThat(httpDate(changed, "Expires")).isAfterOrEqualTo(httpDate(first, "Expires"));
    }

    @Test
    void publicRoutesNeedNoTokenAndAreCachedPublicly() {
        HttpResponse<String> orders = client.get("/markets/10000002/orders?order_type=buy&type_id=34", null);
        HttpResponse<String> missingType = client.get("/markets/10000002/orders", null);

        assertThat(orders.statusCode()).isEqualTo(200);
        assertThat(list(orders)).allSatisfy(order -> assertThat(order)
                .containsEntry("is_buy_order", true).containsEntry("type_id", 34L));
        assertThat(header(orders, "Cache-Control")).isEqualTo("public, max-age=300");
        assertThat(header(orders, "X-Ratelimit-Group")).isEqualTo("market-order");
        assertThat(missingType.statusCode()).isEqualTo(400);
        assertThat(object(missingType)).containsEntry("status", 400L).containsKey("details");
    }

    @Test
    void aPublicContractNoLongerOutstandingAnswers204() {
        RecordList<Contract> forge = esi.ledger().publicData().publicContracts(10000002L);
        Contract first = forge.all().get(0);
        String items = "/contracts/public/items/" + first.contractId();
        assertThat(client.get(items, null).statusCode()).isEqualTo(200);

        forge.update(c -> c.contractId() == first.contractId(), c -> c.withStatus("finished"));
        esi.expireCaches();

        HttpResponse<String> closed = client.get(items, null);
        assertThat(closed.statusCode()).isEqualTo(204);
        assertThat(closed.body()).isEmpty();
        assertThat(client.get("/contracts/public/bids/1", null).statusCode()).isEqualTo(404);
    }

    private static ZonedDateTime httpDate(HttpResponse<?> response, String name) {
        return ZonedDateTime.parse(header(response, name), DateTimeFormatter.RFC_1123_DATE_TIME);
    }
}
