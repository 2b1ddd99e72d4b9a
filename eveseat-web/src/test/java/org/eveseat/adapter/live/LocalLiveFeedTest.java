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
    void linesCarryIdTopicAudienceAndBodyBetweenNodes() {
        FeedEvent event = new FeedEvent(42, "character.1.wallet", "{\"type\":\"wallet.balance\",\"x\":\"a\\nb\"}");
        assertThat(FeedEvent.ofLine(event.line())).isEqualTo(event);
        Audience two = Audience.of(List.of(9L, 3L));
        assertThat(FeedEvent.numbered(7, FeedEvent.unnumbered("killmails", two, "{\"a\":1}")))
                .isEqualTo(new FeedEvent(7, "killmails", two, "{\"a\":1}"));
        assertThat(FeedEvent.ofLine(new FeedEvent(8, "killmails", Audience.of(List.of()), "{}").line()).audience()
                .includes(3)).as("an event nobody but admins may see").isFalse();
    }

    @Test
    void anAudienceIncludesItsAccountsOnlyAndEveryoneIncludesAll() {
        Audience two = Audience.parse(Audience.of(List.of(9L, 3L, 9L)).text());
        assertThat(two.text()).isEqualTo("3,9");
        assertThat(two.includes(3)).isTrue();
        assertThat(two.includes(9)).isTrue();
        assertThat(two.includes(4)).isFalse();
        assertThat(two.isEveryone()).isFalse();
        assertThat(Audience.parse(Audience.EVERYONE.text())).isSameAs(Audience.EVERYONE);
        assertThat(Audience.EVERYONE.includes(4)).isTrue();
    }

    @Test
    void theLocalFeedKeepsEachEventsAudienceForReplay() {
        feed.publish("killmails", Audience.of(List.of(5L)), "{\"a\":1}");

        assertThat(feed.after(0, 10).events().get(0).audience()).isEqualTo(Audience.of(List.of(5L)));
        assertThat(delivered.get(0).audience().includes(6)).isFalse();
    }
}
