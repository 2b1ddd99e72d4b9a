package org.eveseat.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpClient;
import java.security.KeyStore;
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

import org.eveseat.fake.FakeEveSso;
import org.junit.jupiter.api.Test;

/**
 * Live events over HTTPS: the socket's frames are written to the connection under Tyrus, so this checks that its
 * filter chain encrypts them, several in one write too. One Payara Micro node with Payara's own certificate.
 */
class LiveOverTlsIT {
    private static final long MAIN = 2112625428L;
    private static final int EVENTS = 30;

    @Test
    void eventsReachASocketOverTlsWholeAndInOrder() throws Exception {
        FakeEveSso sso = IntegrationEnvironment.sso();
        try (PayaraNode node = PayaraNode.loneWithTls("live-tls").start()) {
            sso.loginAs(MAIN, "Main Pilot", "owner-main", Set.of("publicData"));
            Browser admin = new Browser(node.base());
            assertThat(admin.logIn().statusCode()).isEqualTo(303);

            try (LiveSocket socket = LiveSocket.open(trustingPayara(), node.secureBase(),
                    admin.sessionToken().orElseThrow(), null)) {
                socket.awaitType("ws.welcome");
                socket.subscribe("announcements").awaitType("ws.subscribed");

                publishAtOnce(admin);

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
    }

    /** Ten requests at a time, so that events come while the lane is writing and share writes. */
    private static void publishAtOnce(Browser admin) throws Exception {
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
