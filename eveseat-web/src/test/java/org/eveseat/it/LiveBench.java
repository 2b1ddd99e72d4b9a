package org.eveseat.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.eveseat.fake.FakeEveSso;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, run on request only ({@code -Dit.test=LiveBench}, see the README): one Payara Micro node on loopback,
 * N sockets subscribed to the announcements topic, a burst of announcements from the admin API. Reports the
 * delivery latency (receive time minus the event's sentAt) and the server's heap; checks that every socket got
 * every event. Sizes from {@code -Dbench.clients} (5000) and {@code -Dbench.events} (20); {@code -Dbench.intervalMs}
 * (0: back to back) spaces the announcements.
 */
class LiveBench {
    private static final int CLIENTS = Integer.getInteger("bench.clients", 5000);
    private static final int EVENTS = Integer.getInteger("bench.events", 20);
    private static final int INTERVAL_MS = Integer.getInteger("bench.intervalMs", 0);
    private static final long MAIN = 2112625428L;

    private final AtomicInteger subscribed = new AtomicInteger();
    private final AtomicInteger deliveries = new AtomicInteger();
    private final AtomicLong malformed = new AtomicLong();
    private final long[] latencyMicros = new long[CLIENTS * EVENTS];
    private final int[] perClient = new int[CLIENTS];

    @Test
    void deliverABurstToEverySocket() throws Exception {
        FakeEveSso sso = IntegrationEnvironment.sso();
        try (PayaraNode node = PayaraNode.lone("live-bench", "-Xmx1g").start()) {
            sso.loginAs(MAIN, "Main Pilot", "owner-main", Set.of("publicData"));
            Browser admin = new Browser(node.base());
            assertThat(admin.logIn().statusCode()).isEqualTo(303);
            String token = admin.sessionToken().orElseThrow();

            long connectStart = System.nanoTime();
            List<WebSocket> sockets = connect(node.base(), token);
            awaitCount(subscribed, CLIENTS, "subscribed sockets");
            System.out.printf("%d sockets connected and subscribed in %.1f s%n", CLIENTS,
                    (System.nanoTime() - connectStart) / 1e9);
            long heapIdle = usedHeapAfterGc(node);

            long burstStart = System.nanoTime();
            for (int i = 0; i < EVENTS; i++) {
                assertThat(admin.send("POST", "api/v1/admin/live/announcements", "{\"message\":\"burst " + i + "\"}")
                        .statusCode()).isEqualTo(202);
                PayaraNode.sleep(INTERVAL_MS);
            }
            double publishSeconds = (System.nanoTime() - burstStart) / 1e9;
            awaitCount(deliveries, CLIENTS * EVENTS, "deliveries");
            double allDelivered = (System.nanoTime() - burstStart) / 1e9;
            long heapBusy = usedHeap(node);
            report(publishSeconds, allDelivered, heapIdle, heapBusy);
            assertThat(Arrays.stream(perClient).allMatch(n -> n == EVENTS)).as("every socket got every event").isTrue();
            assertThat(malformed.get()).isZero();
            sockets.forEach(WebSocket::abort);
        }
    }

    private List<WebSocket> connect(URI base, String token) {
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8)).build();
        URI ws = URI.create(base.toString().replaceFirst("^http", "ws")).resolve("ws");
        List<WebSocket> sockets = new ArrayList<>();
        for (int from = 0; from < CLIENTS; from += 250) {
            List<CompletableFuture<WebSocket>> batch = new ArrayList<>();
            for (int i = from; i < Math.min(CLIENTS, from + 250); i++) {
                batch.add(http.newWebSocketBuilder().header("Cookie", "eveseat_session=" + token)
                        .buildAsync(ws, new Client(i)));
            }
            batch.forEach(f -> sockets.add(f.join()));
        }
        sockets.forEach(s -> s.sendText("{\"action\":\"subscribe\",\"topic\":\"announcements\"}", true));
        return sockets;
    }

    private void report(double publishSeconds, double allDelivered, long heapIdle, long heapBusy) {
        long[] sorted = Arrays.copyOf(latencyMicros, deliveries.get());
        Arrays.sort(sorted);
        System.out.printf("%d events %d ms apart to %d sockets: %d deliveries; published in %.2f s, "
                + "all delivered after %.2f s%n", EVENTS, INTERVAL_MS, CLIENTS, sorted.length, publishSeconds,
                allDelivered);
        System.out.printf("delivery latency ms: p50 %.1f, p90 %.1f, p99 %.1f, max %.1f%n", at(sorted, 0.50),
                at(sorted, 0.90), at(sorted, 0.99), sorted[sorted.length - 1] / 1000.0);
        System.out.printf("server heap: %d MiB after GC with %d sockets idle, %d MiB right after the burst%n",
                heapIdle >> 20, CLIENTS, heapBusy >> 20);
    }

    private static double at(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) (sorted.length * quantile))] / 1000.0;
    }

    private static void awaitCount(AtomicInteger counter, int wanted, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
        while (counter.get() < wanted) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(counter.get() + " of " + wanted + " " + what);
            }
            PayaraNode.sleep(20);
        }
    }

    private static long usedHeapAfterGc(PayaraNode node) {
        node.run("jcmd", "GC.run");
        return usedHeap(node);
    }

    private static long usedHeap(PayaraNode node) {
        String heap = node.run("jcmd", "GC.heap_info");
        // "garbage-first heap   total 262144K, used 123456K"
        int used = heap.indexOf("used ");
        return Long.parseLong(heap.substring(used + 5, heap.indexOf('K', used)).trim()) * 1024;
    }

    /** One socket: counts its events and records each one's latency; it reads only sentAt, to spend little. */
    private final class Client implements WebSocket.Listener {
        private static final String SENT_AT = "\"sentAt\":\"";
        private final int index;
        private final StringBuilder partial = new StringBuilder();

        Client(int index) {
            this.index = index;
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            long received = System.currentTimeMillis() * 1000 + (System.nanoTime() / 1000) % 1000;
            partial.append(data);
            if (last) {
                onMessage(partial.toString(), received);
                partial.setLength(0);
            }
            socket.request(1);
            return null;
        }

        private void onMessage(String text, long receivedMicros) {
            if (text.contains("\"ws.subscribed\"")) {
                subscribed.incrementAndGet();
                return;
            }
            int sentAt = text.indexOf(SENT_AT);
            if (text.contains("\"announcement\"") && sentAt > 0) {
                try {
                    int from = sentAt + SENT_AT.length();
                    Instant sent = Instant.parse(text.substring(from, text.indexOf('"', from)));
                    long sentMicros = sent.getEpochSecond() * 1_000_000 + sent.getNano() / 1000;
                    latencyMicros[deliveries.getAndIncrement()] = Math.max(0, receivedMicros - sentMicros);
                    synchronized (perClient) {
                        perClient[index]++;
                    }
                } catch (RuntimeException e) {
                    malformed.incrementAndGet();
                }
            }
        }
    }
}
