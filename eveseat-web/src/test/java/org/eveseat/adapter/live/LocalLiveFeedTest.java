package org.eveseat.adapter.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class LocalLiveFeedTest {
    private final List<FeedEvent> delivered = new ArrayList<>();
    private final LocalLiveFeed feed = new LocalLiveFeed(5, delivered::add);

    @Test
    void eventsAreNumberedFromOneAndDeliveredAtOnce() {
        feed.publish("jobs", "{\"type\":\"job.started\"}");
        feed.publish("alerts", "{\"type\":\"token.invalid\"}");

        assertThat(delivered).extracting(FeedEvent::id).containsExactly(1L, 2L);
        assertThat(delivered.get(1).topic()).isEqualTo("alerts");
        assertThat(delivered.get(1).text()).isEqualTo("{\"id\":2,\"type\":\"token.invalid\"}");
        assertThat(feed.lastId()).isEqualTo(2);
    }

    @Test
    void aClientGetsWhatItMissedWhileTheBufferStillHoldsIt() {
        for (int i = 0; i < 4; i++) {
            feed.publish("jobs", "{\"n\":" + i + "}");
        }
        LiveFeed.Replay replay = feed.after(1, 100);
        assertThat(replay.events()).extracting(FeedEvent::id).containsExactly(2L, 3L, 4L);
        assertThat(replay.complete()).isTrue();
        assertThat(feed.after(4, 100).events()).isEmpty();
        assertThat(feed.after(4, 100).complete()).isTrue();
        assertThat(feed.after(0, 2).events()).extracting(FeedEvent::id).containsExactly(1L, 2L);
        assertThat(feed.after(0, 2).complete()).as("more than asked for").isFalse();
    }

    @Test
    void aClientFurtherBehindThanTheBufferIsToldItMissedSome() {
        for (int i = 0; i < 12; i++) {
            feed.publish("jobs", "{\"n\":" + i + "}");
        }
        LiveFeed.Replay replay = feed.after(2, 100);
        assertThat(replay.events()).extracting(FeedEvent::id).containsExactly(8L, 9L, 10L, 11L, 12L);
        assertThat(replay.complete()).isFalse();
        assertThat(feed.after(50, 100).complete()).as("an id from an earlier run of the server").isFalse();
    }

    @Test
    void linesCarryIdTopicAndBodyBetweenNodes() {
        FeedEvent event = new FeedEvent(42, "character.1.wallet", "{\"type\":\"wallet.balance\",\"x\":\"a\\nb\"}");
        assertThat(FeedEvent.ofLine(event.line())).isEqualTo(event);
        assertThat(FeedEvent.numbered(7, FeedEvent.unnumbered("killmails", "{\"a\":1}")))
                .isEqualTo(new FeedEvent(7, "killmails", "{\"a\":1}"));
    }
}
