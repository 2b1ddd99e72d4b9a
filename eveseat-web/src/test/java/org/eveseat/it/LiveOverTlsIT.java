package org.eveseat.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.zip.ZipFile;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Live events on a node of their own. Over HTTPS: the socket's frames are written to the connection under Tyrus,
 * so this checks that its filter chain encrypts them, several in one write too. To sockets that only listen, past
 * the node's short keep-alive timeout: frames bypass the filter chain where it has no TLS, idle-timeout filter
 * included. One Payara Micro node with Payara's own certificate and no heartbeats in a test's time.
 */
class LiveOverTlsIT {
    private static final long MAIN = 2112625428L;
    private static final int EVENTS = 30;
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(2);

    private static PayaraNode node;
    private static Browser admin;

    @BeforeAll
    static void startNode() {
        node = PayaraNode.loneWithTls("live-tls", KEEP_ALIVE, "-Deveseat.live.heartbeat-seconds=3600").start();
        IntegrationEnvironment.sso().loginAs(MAIN, "Main Pilot", "owner-main", Set.of("publicData"));
        admin = loggedIn();
    }

    /**
     * The node's keep-alive is 2 s: on a busy machine the SSO hop can outlast it, and a callback sent on a connection
     * the node is closing is sent again by the client and refused as a replay (state already used). A new login
     * then starts over; a callback refused three times is a real failure.
     */
    private static Browser loggedIn() {
        HttpResponse<String> answer = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            Browser browser = new Browser(node.base());
            answer = browser.logIn();
            if (answer.statusCode() == 303) {
                return browser;
            }
        }
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(303);
        throw new AssertionError("unreachable");
    }

    @AfterAll
    static void stopNode() throws InterruptedException {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void eventsReachASocketOverTlsWholeAndInOrder() throws Exception {
        try (LiveSocket socket = subscribed(LiveSocket.open(trustingPayara(), node.secureBase(),
                admin.sessionToken().orElseThrow(), null))) {
            publishAtOnce();

            List<Long> ids = new ArrayList<>();
            List<String> messages = new ArrayList<>();
            for (int i = 0; i < EVENTS; i++) {
                JsonObject event = socket.awaitEvent("announcement", "announcements");
                ids.add(event.getJsonNumber("id").longValue());
                messages.add(event.getJsonObject("payload").getString("message"));
            }
            assertThat(messages).containsExactlyInAnyOrderElementsOf(
                    IntStream.range(0, EVENTS).mapToObj(i -> "over TLS " + i).toList());
            assertThat(ids).isSorted().doesNotHaveDuplicates();
        }
    }

    @Test
    void socketsThatOnlyListenOutliveTheKeepAliveTimeout() throws Exception {
        String token = admin.sessionToken().orElseThrow();
        try (LiveSocket plain = subscribed(LiveSocket.open(node.base(), token));
                LiveSocket secure = subscribed(LiveSocket.open(trustingPayara(), node.secureBase(), token, null))) {
            try (Socket http = idleHttpConnection()) {
                // the read waits (up to its 10 x keep-alive time-out) for the node to close the idle connection;
                // nothing goes either way meanwhile, and the sockets have been idle longer than it by then
                assertThat(http.getInputStream().read()).as("the node closed the idle HTTP connection").isEqualTo(-1);
            }

            assertThat(admin.send("POST", "api/v1/admin/live/announcements", "{\"message\":\"still there\"}")
                    .statusCode()).isEqualTo(202);

            for (LiveSocket socket : List.of(plain, secure)) {
                assertThat(socket.awaitEvent("announcement", "announcements").getJsonObject("payload")
                        .getString("message")).isEqualTo("still there");
            }
        }
    }

    /** A plain HTTP connection that has had its response and sends nothing more. */
    private static Socket idleHttpConnection() throws IOException {
        Socket http = new Socket(node.base().getHost(), node.base().getPort());
        http.setSoTimeout((int) KEEP_ALIVE.multipliedBy(10).toMillis());
        http.getOutputStream().write("GET /health/live HTTP/1.1\r\nHost: localhost\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        byte[] response = new byte[4096];
        int read = http.getInputStream().read(response);
        assertThat(new String(response, 0, read, StandardCharsets.US_ASCII)).startsWith("HTTP/1.1 200");
        return http;
    }

    private static LiveSocket subscribed(LiveSocket socket) {
        socket.awaitType("ws.welcome");
        socket.subscribe("announcements").awaitType("ws.subscribed");
        return socket;
    }

    /** Ten requests at a time, so that events come while the lane is writing and share writes. */
    private static void publishAtOnce() throws Exception {
        ExecutorService publishers = Executors.newFixedThreadPool(10);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < EVENTS; i++) {
                String body = "{\"message\":\"over TLS " + i + "\"}";
                statuses.add(publishers.submit(() -> admin.send("POST", "api/v1/admin/live/announcements", body)
                        .statusCode()));
            }
            for (Future<Integer> status : statuses) {
                assertThat(status.get()).isEqualTo(202);
            }
        } finally {
            publishers.shutdown();
        }
    }

    /** A client that trusts the certificates of Payara Micro's own key store, and nothing else. */
    private static HttpClient trustingPayara() throws Exception {
        KeyStore payara = KeyStore.getInstance("PKCS12");
        try (ZipFile micro = new ZipFile(System.getProperty("payara.microJar"));
                InputStream store = micro.getInputStream(micro.getEntry("MICRO-INF/domain/keystore.p12"))) {
            payara.load(store, "changeit".toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(payara);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(tls).build();
    }
}
