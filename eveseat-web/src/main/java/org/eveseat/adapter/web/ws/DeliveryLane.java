package org.eveseat.adapter.web.ws;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One delivery thread and the deliveries waiting for it. It takes whatever has arrived since its last round, has
 * each delivery pick its clients, then sends every client all it picked for it in one write: a burst of events
 * costs each socket one write, not one per event.
 */
final class DeliveryLane {
    private static final int ROUND_LIMIT = 256;

    private final Executor thread;
    private final Queue<Consumer<Round>> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();

    DeliveryLane(Executor thread) {
        this.thread = thread;
    }

    /** The delivery adds its messages to the round it is taken in. */
    void offer(Consumer<Round> delivery) {
        waiting.add(delivery);
        schedule();
    }

    private void schedule() {
        if (scheduled.compareAndSet(false, true)) {
            thread.execute(this::round);
        }
    }

    private void round() {
        scheduled.set(false);
        Round round = new Round();
        Consumer<Round> delivery;
        for (int taken = 0; taken < ROUND_LIMIT && (delivery = waiting.poll()) != null; taken++) {
            delivery.accept(round);
        }
        round.send();
        if (!waiting.isEmpty()) {
            schedule();
        }
    }

    /** The messages picked for each client in one round, in the order of their events. */
    static final class Round {
        private final Map<LiveClient, List<OutboundMessage>> byClient = new IdentityHashMap<>();

        void add(LiveClient client, OutboundMessage message) {
            byClient.computeIfAbsent(client, c -> new ArrayList<>(2)).add(message);
        }

        void send() {
            byClient.forEach(LiveClient::send);
        }
    }
}
