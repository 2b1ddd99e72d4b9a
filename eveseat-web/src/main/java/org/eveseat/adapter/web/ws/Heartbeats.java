package org.eveseat.adapter.web.ws;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.CloseReason.CloseCodes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every few seconds: a heartbeat to each client (so proxies keep the socket and clients notice a dead one), and
 * closes sockets that never authenticated in time or whose session has ended.
 */
@ApplicationScoped
public class Heartbeats {
    static final Duration AUTH_DEADLINE = Duration.ofSeconds(10);

    @Inject
    LiveClients clients;

    @Inject
    @ConfigProperty(name = "eveseat.live.heartbeat-seconds", defaultValue = "25")
    int heartbeatSeconds;

    @Resource
    ManagedScheduledExecutorService timer;

    private final Clock clock = Clock.systemUTC();
    private ScheduledFuture<?> beating;
    private volatile Instant lastBeat = Instant.EPOCH;

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        beating = timer.scheduleWithFixedDelay(this::check, 2, 2, TimeUnit.SECONDS);
    }

    void check() {
        Instant now = clock.instant();
        boolean beat = !now.isBefore(lastBeat.plusSeconds(heartbeatSeconds));
        if (beat) {
            lastBeat = now;
        }
        OutboundMessage heartbeat = OutboundMessage.of(ControlMessages.heartbeat(now));
        clients.forEach(client -> {
            if (client.isClosed()) {
                clients.remove(client);
            } else if (client.viewer() == null && now.isAfter(client.connectedAt().plus(AUTH_DEADLINE))) {
                client.close(new CloseReason(CloseCodes.VIOLATED_POLICY, "unauthenticated"));
            } else if (client.sessionExpiresAt() != null && now.isAfter(client.sessionExpiresAt())) {
                client.close(new CloseReason(CloseCodes.VIOLATED_POLICY, "session expired"));
            } else if (beat && client.viewer() != null) {
                client.send(heartbeat);
            }
        });
    }

    @PreDestroy
    void stop() {
        if (beating != null) {
            beating.cancel(false);
        }
    }
}
