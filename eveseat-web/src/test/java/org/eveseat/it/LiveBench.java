package org.eveseat.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.eveseat.fake.FakeEveSso;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, run on request only ({@code -Dit.test=LiveBench}, see the README): one Payara Micro node on loopback,
 * N sockets subscribed to the announcements topic, a burst of announcements from the admin API. Reports the
 * delivery latency (receive time minus the event's sentAt) and the server's heap; checks that every socket got
 * every event. Sizes from {@code -Dbench.clients} (5000) and {@code -Dbench.events} (20); {@code -Dbench.intervalMs}
 * (0: back to back) spaces the announcements, {@code -Dbench.publishers} (1) sends that many at once. Before the
 * sockets subscribe, {@code -Dbench.requestWarmup} (30000) announcements warm the request path; then
 * {@code -Dbench.warmup} (10) bursts go first, unmeasured, and the JIT compilers are let finish: the delivery path
 * is measured compiled, as it runs on a server that has been up a while. {@code -Dbench.serverJvm} adds options to
 * the server's JVM (a flight recording, say), {@code -Dbench.asyncProfiler} profiles the burst. The sockets are
 * {@link LeanWebSockets}, so the clients leave the shared cores to the server.
 */
class LiveBench {
    private static final int CLIENTS = Integer.getInteger("bench.clients", 5000);
    private static final int EVENTS = Integer.getInteger("bench.events", 20);
    private static final int INTERVAL_MS = Integer.getInteger("bench.intervalMs", 0);
    private static final int PUBLISHERS = Integer.getInteger("bench.publishers", 1);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 10);
    private static final int REQUEST_WARMUP = Integer.getInteger("bench.requestWarmup", 30000);
    private static final String SERVER_JVM = System.getProperty("bench.serverJvm", "");
    private static final String PROFILER = System.getProperty("bench.asyncProfiler", "");
    private static final long MAIN = 2112625428L;
    private static final String SUBSCRIBE = "{\"action\":\"subscribe\",\"topic\":\"announcements\"}";
    private static final byte[] SENT_AT = ascii("\"sentAt\":\"");
    private static final byte[] ANNOUNCEMENT = ascii("\"announcement\"");
    private static final byte[] SUBSCRIBED = ascii("\"ws.subscribed\"");
    private static final byte[] QUOTE = ascii("\"");

    private final AtomicInteger subscribed = new AtomicInteger();
    private final AtomicLong malformed = new AtomicLong();
    private volatile Burst current = new Burst(CLIENTS * EVENTS);
    /** sentAt in microseconds by a hash of its text: parsed once per event, not once per delivery. */
    private final Map<Long, Long> sentMicrosByHash = new HashMap<>();

    @Test
    void deliverABurstToEverySocket() throws Exception {
        FakeEveSso sso = IntegrationEnvironment.sso();
        try (PayaraNode node = PayaraNode.lone("live-bench", serverJvmOptions()).start()) {
            sso.loginAs(MAIN, "Main Pilot", "owner-main", Set.of("publicData"));
            Browser admin = new Browser(node.base());
            assertThat(admin.logIn().statusCode()).isEqualTo(303);
            String token = admin.sessionToken().orElseThrow();

            long connectStart = System.nanoTime();
            LeanWebSockets sockets = LeanWebSockets.connect(node.base(), "eveseat_session=" + token, CLIENTS,
                    this::onText);
            System.out.printf("%d sockets connected in %.1f s%n", CLIENTS, (System.nanoTime() - connectStart) / 1e9);
            sockets.send(SUBSCRIBE, 0, 1);
            awaitCount(subscribed, 1, "the first subscribed socket");
            warmRequestPath(admin);
            sockets.send(SUBSCRIBE, 1, CLIENTS);
            awaitCount(subscribed, CLIENTS, "subscribed sockets");
            long heapIdle = usedHeapAfterGc(node); // before the warm-up: a full collection deoptimizes compiled code

            warmUp(node, admin);
            awaitQuietCompilers(node.pid());
            Map<String, Long> serverThreads = threadCpuMillis(node.pid());
            long[] serverCpu = cpuMillis(node.pid());
            long[] clientCpu = cpuMillis(ProcessHandle.current().pid());
            profile(node, "start,event=cpu,interval=200us");
            long readsBefore = sockets.reads();
            long burstStart = System.nanoTime();
            publish(admin, "burst");
            double publishSeconds = (System.nanoTime() - burstStart) / 1e9;
            awaitCount(current.deliveries, CLIENTS * EVENTS, "deliveries");
            double allDelivered = (System.nanoTime() - burstStart) / 1e9;
            long[] serverCpuAfter = cpuMillis(node.pid());
            profile(node, "stop,collapsed,file=" + Path.of(System.getProperty("eveseat.it.workDir"),
                    "live-bench-burst-{}.collapsed"));
            long[] clientCpuAfter = cpuMillis(ProcessHandle.current().pid());
            System.out.printf("CPU during the burst (2 cores shared): server %d ms user + %d ms system, clients %d ms "
                    + "user + %d ms system%n", serverCpuAfter[0] - serverCpu[0], serverCpuAfter[1] - serverCpu[1],
                    clientCpuAfter[0] - clientCpu[0], clientCpuAfter[1] - clientCpu[1]);
            printBusiest(serverThreads, threadCpuMillis(node.pid()));
            System.out.printf("%d socket reads for %d deliveries%n", sockets.reads() - readsBefore,
                    current.deliveries.get());
            long heapBusy = usedHeap(node);
            report(publishSeconds, allDelivered, heapIdle, heapBusy);
            assertThat(Arrays.stream(current.perClient).allMatch(n -> n == EVENTS)).as("every socket got every event")
                    .isTrue();
            assertThat(malformed.get()).isZero();
            sockets.close();
        }
    }

    /**
     * WARMUP unmeasured bursts, each one's JIT compiler CPU printed, for the delivery path's own methods; the
     * measured burst also waits for the compilers to go quiet.
     */
    private void warmUp(PayaraNode node, Browser admin) throws Exception {
        StringBuilder compiling = new StringBuilder("JIT compiler ms per warm-up burst:");
        for (int round = 1; round <= WARMUP; round++) {
            Map<String, Long> before = threadCpuMillis(node.pid());
            publish(admin, "warm-up " + round);
            awaitCount(current.deliveries, CLIENTS * EVENTS, "warm-up deliveries");
            compiling.append(' ').append(compilerMillisSince(before, threadCpuMillis(node.pid())));
            current = new Burst(CLIENTS * EVENTS);
        }
        System.out.println(compiling);
    }

    /**
     * Starts or stops async-profiler ({@code -Dbench.asyncProfiler=<libasyncProfiler.so>}) in the server and in
     * the clients' JVM; a {@code {}} in the command becomes "server" or "clients". Loading the agent deoptimizes
     * code: profiled bursts cost more and show where the time goes, not how fast it is.
     */
    private static void profile(PayaraNode node, String command) {
        if (!PROFILER.isBlank()) {
            Map.of("server", node.pid(), "clients", ProcessHandle.current().pid()).forEach((who, pid) -> System.out
                    .println("profiler (" + who + "): " + PayaraNode.runJdkTool(pid, "jcmd", "JVMTI.agent_load",
                            PROFILER, "\"" + command.replace("{}", who) + "\"").replace('\n', ' ').trim()));
        }
    }

    /**
     * Announcements while the sockets are connected and one of them listens: a server that has been up a while
     * has served many requests, and HotSpot compiles a method called once per request fully only after thousands
     * of calls, more while its compile queue is long, as it is all through this warm-up on two cores. Flight
     * recordings of the bursts after it: warmed before the sockets connected (the classes they load invalidate
     * much of the request path's compiled code), the request path was compiled again in every burst, 150-220 ms
     * of C2, mostly Weld's per-request injection; after 15,000 announcements, again from about the 17th burst on
     * (Jersey, HTTP/2, the servlet), in the measured one too; after 30,000, the compilers stayed quiet.
     */
    private void warmRequestPath(Browser admin) throws Exception {
        long start = System.nanoTime();
        current = new Burst(REQUEST_WARMUP);
        publish(admin, "request warm-up", REQUEST_WARMUP, 4, 0);
        awaitCount(current.deliveries, REQUEST_WARMUP, "request warm-up deliveries");
        current = new Burst(CLIENTS * EVENTS);
        System.out.printf("%d announcements to one socket in %.1f s%n", REQUEST_WARMUP,
                (System.nanoTime() - start) / 1e9);
    }

    /** Prints when the burst starts, to find its compilations in a flight recording. */
    private static void publish(Browser admin, String label) throws Exception {
        System.out.println(label + " starts at " + Instant.now());
        publish(admin, label, EVENTS, PUBLISHERS, INTERVAL_MS);
    }

    /** Announcements, one after the other or spread over concurrent requests. */
    private static void publish(Browser admin, String label, int count, int concurrency, int intervalMs)
            throws Exception {
        ExecutorService publishers = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String body = "{\"message\":\"" + label + " " + i + "\"}";
                statuses.add(publishers.submit(() -> {
                    int status = admin.send("POST", "api/v1/admin/live/announcements", body).statusCode();
                    PayaraNode.sleep(intervalMs);
                    return status;
                }));
            }
            for (Future<Integer> status : statuses) {
                assertThat(status.get()).isEqualTo(202);
            }
        } finally {
            publishers.shutdown();
        }
    }

    /**
     * The deliveries of a burst's events come interleaved (one socket is written event 3 while another is still
     * on event 1), so a cache of the last one would parse nearly every time, and parsing costs the clients more
     * than the rest of a delivery.
     */
    private long sentMicros(byte[] bytes, int from, int to) {
        long hash = 0xcbf29ce484222325L; // FNV-1a
        for (int i = from; i < to; i++) {
            hash = (hash ^ bytes[i]) * 0x100000001b3L;
        }
        Long known = sentMicrosByHash.get(hash);
        if (known == null) {
            Instant sent = Instant.parse(new String(bytes, from, to - from, StandardCharsets.US_ASCII));
            known = sent.getEpochSecond() * 1_000_000 + sent.getNano() / 1000;
            sentMicrosByHash.put(hash, known);
        }
        return known;
    }

    private static String[] serverJvmOptions() {
        List<String> options = new ArrayList<>(List.of("-Xmx1g"));
        options.addAll(Arrays.stream(SERVER_JVM.split(" ")).filter(o -> !o.isBlank()).toList());
        return options.toArray(String[]::new);
    }

    private void report(double publishSeconds, double allDelivered, long heapIdle, long heapBusy) {
        long[] sorted = Arrays.copyOf(current.latencyMicros, current.deliveries.get());
        Arrays.sort(sorted);
        System.out.printf("%d events %d ms apart to %d sockets: %d deliveries; published in %.2f s, "
                + "all delivered after %.2f s%n", EVENTS, INTERVAL_MS, CLIENTS, sorted.length, publishSeconds,
                allDelivered);
        System.out.printf("delivery latency ms: p50 %.1f, p90 %.1f, p99 %.1f, max %.1f%n", at(sorted, 0.50),
                at(sorted, 0.90), at(sorted, 0.99), sorted[sorted.length - 1] / 1000.0);
        StringBuilder events = new StringBuilder("per event, sent at (ms after the first): first-last delivery ms:");
        long firstSent = current.firstAndLastBySent.keySet().iterator().next();
        current.firstAndLastBySent.forEach((sent, range) -> events.append(String.format(" %d: %d-%d;",
                (sent - firstSent) / 1000, range[0] / 1000, range[1] / 1000)));
        System.out.println(events);
        System.out.printf("server heap: %d MiB after GC with %d sockets idle, %d MiB right after the burst%n",
                heapIdle >> 20, CLIENTS, heapBusy >> 20);
        // the lines the benchmark command reads (docs/BENCHMARKS.md)
        System.out.printf(java.util.Locale.ROOT, "FIGURE|live push p99, %d events to %d sockets|%.1f|ms|< 200|-|%n",
                EVENTS, CLIENTS, at(sorted, 0.99));
        System.out.printf(java.util.Locale.ROOT, "FIGURE|live push deliveries|%d|deliveries|>= 1x|events x sockets|"
                + "%d%n", sorted.length, (long) EVENTS * CLIENTS);
    }

    /** User and system CPU a process has used so far, from Linux's /proc (fields 14 and 15, in 10 ms ticks). */
    private static long[] cpuMillis(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new long[] {Long.parseLong(fields[11]) * 10, Long.parseLong(fields[12]) * 10};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CPU per thread of a process (user + system), by thread id and the name Linux keeps (15 characters). */
    private static Map<String, Long> threadCpuMillis(long pid) {
        Map<String, Long> threads = new TreeMap<>();
        try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            tasks.forEach(task -> {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    threads.put(task.getFileName() + " " + name,
                            (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10);
                } catch (IOException e) {
                    // the thread ended meanwhile
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return threads;
    }

    /** Waits (up to a minute) until the JIT compilers of the server use under 5% of a core: its steady state. */
    private static void awaitQuietCompilers(long pid) {
        long start = System.nanoTime();
        long busy = Long.MAX_VALUE;
        while (busy > 50 && System.nanoTime() - start < Duration.ofSeconds(60).toNanos()) {
            Map<String, Long> before = threadCpuMillis(pid);
            PayaraNode.sleep(1000);
            busy = compilerMillisSince(before, threadCpuMillis(pid));
        }
        System.out.printf("JIT compilers quiet (%d ms in the last second) after %.1f s%n", busy,
                (System.nanoTime() - start) / 1e9);
    }

    /** The JIT compilers' CPU between two readings; compiler threads come and go, so thread by thread. */
    private static long compilerMillisSince(Map<String, Long> before, Map<String, Long> after) {
        return after.entrySet().stream().filter(e -> e.getKey().contains("CompilerThre"))
                .mapToLong(e -> e.getValue() - before.getOrDefault(e.getKey(), 0L)).sum();
    }

    /** The server's CPU during the burst by kind of thread (names without their numbers), busiest first. */
    private static void printBusiest(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> byKind = new TreeMap<>();
        after.forEach((thread, millis) -> byKind.merge(thread.substring(thread.indexOf(' ') + 1)
                .replaceAll("\\d+", "N"), millis - before.getOrDefault(thread, 0L), Long::sum));
        StringBuilder line = new StringBuilder("server CPU by thread kind, ms:");
        byKind.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(10).forEach(e -> line.append(" ").append(e.getKey()).append(" ").append(e.getValue()).append(";"));
        System.out.println(line);
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

    /** Counts each socket's events and records each one's latency; it reads only sentAt, in place, to spend little. */
    private void onText(int socket, byte[] bytes, int offset, int length, long receivedMicros) {
        int end = offset + length;
        if (LeanWebSockets.indexOf(bytes, offset, end, ANNOUNCEMENT) < 0) {
            if (LeanWebSockets.indexOf(bytes, offset, end, SUBSCRIBED) >= 0) {
                subscribed.incrementAndGet();
            }
            return;
        }
        int sentAt = LeanWebSockets.indexOf(bytes, offset, end, SENT_AT);
        int to = sentAt < 0 ? -1 : LeanWebSockets.indexOf(bytes, sentAt + SENT_AT.length, end, QUOTE);
        try {
            long sent = sentMicros(bytes, sentAt + SENT_AT.length, to);
            current.record(socket, sent, receivedMicros - sent);
        } catch (RuntimeException e) {
            malformed.incrementAndGet();
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** One burst's deliveries, written by the sockets' reader thread only. */
    private static final class Burst {
        private final AtomicInteger deliveries = new AtomicInteger();
        private final long[] latencyMicros;
        private final int[] perClient = new int[CLIENTS];
        private final Map<Long, long[]> firstAndLastBySent = new TreeMap<>();
        private int slot;

        Burst(int deliveries) {
            latencyMicros = new long[deliveries];
        }

        void record(int socket, long sentMicros, long latency) {
            long[] range = firstAndLastBySent.computeIfAbsent(sentMicros, s -> new long[] {latency, latency});
            range[0] = Math.min(range[0], latency);
            range[1] = Math.max(range[1], latency);
            latencyMicros[slot++] = Math.max(0, latency);
            perClient[socket]++;
            deliveries.incrementAndGet(); // last: the main thread reads the arrays once the count is reached
        }
    }
}
