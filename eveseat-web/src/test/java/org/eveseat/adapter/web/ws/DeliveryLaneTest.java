package org.eveseat.adapter.web.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.function.Supplier;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.eveseat.adapter.live.Audience;
import org.junit.jupiter.api.Test;

class DeliveryLaneTest {
    private static final Supplier<JsonObject> NO_PAYLOAD = () -> {
        throw new AssertionError("no filter, nothing to read");
    };
    private final Queue<Runnable> thread = new ArrayDeque<>();
    private final DeliveryLane lane = new DeliveryLane(thread::add);
    private final LiveClient pilot = mock(LiveClient.class);
    private final LiveClient trader = mock(LiveClient.class);

    @Test
    void eventsThatArriveBeforeTheLaneRunsReachEachSubscriberInOneSendInTheirOrder() {
        lane.join(pilot, "announcements", TopicFilter.NONE);
        lane.join(pilot, "character.1.wallet", TopicFilter.NONE);
        lane.join(trader, "announcements", TopicFilter.NONE);
        OutboundMessage first = OutboundMessage.of("{\"id\":1}");
        OutboundMessage second = OutboundMessage.of("{\"id\":2}");
        OutboundMessage third = OutboundMessage.of("{\"id\":3}");

        lane.deliver("announcements", Audience.EVERYONE, first, NO_PAYLOAD);
        lane.deliver("character.1.wallet", Audience.EVERYONE, second, NO_PAYLOAD);
        lane.deliver("announcements", Audience.EVERYONE, third, NO_PAYLOAD);
        assertThat(thread).hasSize(1);
        thread.poll().run();

        verify(pilot).send(List.of(first, second, third));
        verify(trader).send(List.of(first, third));
        assertThat(thread).isEmpty();
    }

    @Test
    void anEventThatArrivesDuringAPassJoinsTheWritesOfClientsNotYetWrittenAndFollowsForTheOthers() {
        List<LiveClient> clients = new ArrayList<>();
        List<List<OutboundMessage>> firstSends = new ArrayList<>();
        OutboundMessage first = OutboundMessage.of("{\"id\":1}");
        OutboundMessage second = OutboundMessage.of("{\"id\":2}");
        for (int i = 0; i < 200; i++) {
            LiveClient client = mock(LiveClient.class);
            clients.add(client);
            lane.join(client, "announcements", TopicFilter.NONE);
        }
        doAnswer(call -> {
            lane.deliver("announcements", Audience.EVERYONE, second, NO_PAYLOAD);
            return true;
        }).when(clients.get(0)).send(List.of(first));

        lane.deliver("announcements", Audience.EVERYONE, first, NO_PAYLOAD);
        thread.poll().run();

        long merged = clients.stream().filter(c -> sent(c, List.of(first, second))).count();
        long apart = clients.stream().filter(c -> sent(c, List.of(first)) && sent(c, List.of(second))).count();
        assertThat(merged + apart).isEqualTo(200);
        assertThat(apart).as("clients written before the second event arrived").isPositive().isLessThan(200);
        assertThat(merged).as("clients the pass had not reached yet").isPositive();
        assertThat(thread).isEmpty();
    }

    @Test
    void aDeliveryAfterTheLaneWentIdleStartsItAgain() {
        lane.join(pilot, "announcements", TopicFilter.NONE);
        OutboundMessage first = OutboundMessage.of("{\"id\":1}");
        lane.deliver("announcements", Audience.EVERYONE, first, NO_PAYLOAD);
        thread.poll().run();
        verify(pilot).send(List.of(first));

        OutboundMessage second = OutboundMessage.of("{\"id\":2}");
        lane.deliver("announcements", Audience.EVERYONE, second, NO_PAYLOAD);
        assertThat(thread).hasSize(1);
        thread.poll().run();
        verify(pilot).send(List.of(second));
    }

    @Test
    void aDeliveryReachesTheSubscribersOfItsTopicThatPassTheirFilterAndNoOneWhoLeft() {
        LiveClient jita = mock(LiveClient.class);
        lane.join(pilot, "killmails", TopicFilter.NONE);
        lane.join(trader, "killmails", new TopicFilter(30000142L, null, null));
        lane.join(jita, "killmails", new TopicFilter(30002187L, null, null));
        lane.join(trader, "announcements", TopicFilter.NONE);
        lane.leave(pilot, "announcements");
        OutboundMessage kill = OutboundMessage.of("{\"id\":7}");
        int[] payloadReads = {0};

        lane.deliver("killmails", Audience.EVERYONE, kill, () -> {
            payloadReads[0]++;
            return Json.createObjectBuilder().add("solarSystemId", 30000142L).build();
        });
        lane.deliver("wallet", Audience.EVERYONE, OutboundMessage.of("{}"), NO_PAYLOAD);
        lane.leave(trader, "killmails");
        thread.poll().run();

        verify(pilot).send(List.of(kill));
        verify(jita, never()).send(anyList());
        verify(trader, never()).send(anyList());
        assertThat(payloadReads[0]).isEqualTo(1);
    }

    @Test
    void anEventForNamedAccountsReachesOnlyTheSubscribersAllowedToReceiveIt() {
        Audience owners = Audience.of(List.of(7L));
        when(pilot.mayReceive(owners)).thenReturn(true);
        when(trader.mayReceive(owners)).thenReturn(false);
        lane.join(pilot, "killmails", TopicFilter.NONE);
        lane.join(trader, "killmails", TopicFilter.NONE);
        OutboundMessage kill = OutboundMessage.of("{\"id\":9}");

        lane.deliver("killmails", owners, kill, NO_PAYLOAD);
        thread.poll().run();

        verify(pilot).send(List.of(kill));
        verify(trader, never()).send(anyList());
    }

    private static boolean sent(LiveClient client, List<OutboundMessage> messages) {
        try {
            verify(client).send(messages);
            return true;
        } catch (AssertionError e) {
            return false;
        }
    }
}
