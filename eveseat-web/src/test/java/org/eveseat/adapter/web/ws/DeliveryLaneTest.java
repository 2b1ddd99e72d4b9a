package org.eveseat.adapter.web.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;

import org.junit.jupiter.api.Test;

class DeliveryLaneTest {
    private final Queue<Runnable> thread = new ArrayDeque<>();
    private final DeliveryLane lane = new DeliveryLane(thread::add);
    private final LiveClient pilot = mock(LiveClient.class);
    private final LiveClient trader = mock(LiveClient.class);

    @Test
    void eventsThatArriveWhileTheLaneIsBusyReachEachClientInOneSendInTheirOrder() {
        OutboundMessage first = OutboundMessage.of("{\"id\":1}");
        OutboundMessage second = OutboundMessage.of("{\"id\":2}");
        OutboundMessage third = OutboundMessage.of("{\"id\":3}");
        lane.offer(round -> {
            round.add(pilot, first);
            round.add(trader, first);
        });
        lane.offer(round -> round.add(pilot, second));
        lane.offer(round -> {
            round.add(pilot, third);
            round.add(trader, third);
        });

        assertThat(thread).hasSize(1);
        thread.poll().run();

        verify(pilot).send(List.of(first, second, third));
        verify(trader).send(List.of(first, third));
    }

    @Test
    void aDeliveryOfferedAfterARoundGetsARoundOfItsOwn() {
        OutboundMessage first = OutboundMessage.of("{\"id\":1}");
        lane.offer(round -> round.add(pilot, first));
        thread.poll().run();
        verify(pilot).send(List.of(first));

        OutboundMessage second = OutboundMessage.of("{\"id\":2}");
        lane.offer(round -> round.add(pilot, second));
        assertThat(thread).hasSize(1);
        thread.poll().run();
        verify(pilot).send(List.of(second));
    }

    @Test
    void aRoundWithNothingPickedSendsNothing() {
        lane.offer(round -> { });
        thread.poll().run();
        verify(pilot, never()).send(anyList());
        verify(pilot, never()).send(any(OutboundMessage.class));
    }
}
