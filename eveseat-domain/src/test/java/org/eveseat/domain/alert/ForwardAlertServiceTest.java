package org.eveseat.domain.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.eveseat.domain.alert.model.AlertChannel;
import org.eveseat.domain.alert.model.ChannelKind;
import org.eveseat.domain.alert.model.Delivery;
import org.eveseat.domain.alert.model.NewAlertChannel;
import org.eveseat.domain.alert.service.ForwardAlertService;
import org.eveseat.domain.event.model.LiveEvent;
import org.eveseat.domain.event.port.in.TopicAccessQuery;
import org.eveseat.domain.shared.AccountId;
import org.eveseat.domain.universe.model.EntityNames;
import org.eveseat.domain.universe.model.NameCategory;
import org.eveseat.domain.universe.model.ResolvedName;

class ForwardAlertServiceTest {
    private static final Instant AT = Instant.parse("2026-12-07T21:00:00Z");
    private static final AccountId PILOT_ACCOUNT = new AccountId(1);
    private static final AccountId ADMIN_ACCOUNT = new AccountId(2);
    private static final String TOPIC = "character.2112000001.market";

    private final InMemoryAlertChannels channels = new InMemoryAlertChannels();
    private final RecordingWebhooks webhooks = new RecordingWebhooks();
    /** Only the pilot's account may join its topic; the admin only by admin rights, which channels do not use. */
    private final TopicAccessQuery access = (viewer, topic) -> viewer.admin()
            || viewer.accountId().equals(PILOT_ACCOUNT) && topic.startsWith("character.2112000001.")
            ? TopicAccessQuery.TopicAccess.ALLOWED : TopicAccessQuery.TopicAccess.FORBIDDEN;
    private final ForwardAlertService service = new ForwardAlertService(channels, webhooks, access,
            ids -> new EntityNames(Map.of(2112000001L, new ResolvedName(2112000001L, "Aura Kador",
                    NameCategory.CHARACTER))));

    @Test
    void aBeatenOrderGoesToTheChannelsOfTheAccountsThatMaySeeItInWords() {
        AlertChannel pilots = channels.add(PILOT_ACCOUNT, new NewAlertChannel(ChannelKind.DISCORD, "Trade",
                "https://discord.com/api/webhooks/1/a"), AT);
        channels.add(ADMIN_ACCOUNT, new NewAlertChannel(ChannelKind.SLACK, "Everything",
                "https://hooks.slack.com/services/T/B/X"), AT);

        service.forward(new LiveEvent("market.outbid", TOPIC, AT, Map.of("characterId", 2112000001L, "orders",
                List.of(Map.of("typeName", "Tritanium", "stationName", "Jita IV - Moon 4 - Caldari Navy Assembly Plant",
                        "buyOrder", false, "price", "5.10", "bestCompetitor", "5.09", "undercutBy", "0.01"),
                        Map.of("typeName", "Drake", "stationName", "Amarr VIII (Oris) - Emperor Family Academy",
                                "buyOrder", true, "price", "45000000.00", "bestCompetitor", "45100000.00",
                                "undercutBy", "100000.00")))));

        assertThat(webhooks.posts).singleElement().satisfies(post -> {
            assertThat(post.channel()).isEqualTo(pilots);
            assertThat(post.message().title()).isEqualTo("Aura Kador: market orders beaten");
            assertThat(post.message().lines()).containsExactly(
                    "Sell order for Tritanium at Jita IV - Moon 4 - Caldari Navy Assembly Plant: 5.10 ISK, best other"
                            + " 5.09 ISK (undercut by 0.01 ISK)",
                    "Buy order for Drake at Amarr VIII (Oris) - Emperor Family Academy: 45,000,000.00 ISK, best other"
                            + " 45,100,000.00 ISK (outbid by 100,000.00 ISK)");
        });
        assertThat(channels.find(PILOT_ACCOUNT, pilots.id()).orElseThrow().lastDelivery().status())
                .isEqualTo(Delivery.Status.DELIVERED);
    }

    @Test
    void expiringContractsAreToldWithTheirTitleAndEveTime() {
        channels.add(PILOT_ACCOUNT, new NewAlertChannel(ChannelKind.SLACK, "Ops",
                "https://hooks.slack.com/services/T/B/X"), AT);

        service.forward(new LiveEvent("contract.expiring", TOPIC, AT, Map.of("characterId", 2112000001L,
                "contracts", List.of(Map.of("type", "item_exchange", "title", "Drake, fitted",
                        "dateExpired", "2026-12-08T10:15:00Z"), Map.of("type", "courier", "title", "",
                        "dateExpired", "2026-12-08T11:00:00Z")))));

        assertThat(webhooks.posts).singleElement().extracting(p -> p.message().lines()).asList().containsExactly(
                "Item exchange contract “Drake, fitted” expires 2026-12-08 10:15 EVE time",
                "Courier contract expires 2026-12-08 11:00 EVE time");
    }

    @Test
    void aLoginEveRefusedIsToldToTheOwnerOnlyAndAContractWithoutDetailsStillReads() {
        channels.add(PILOT_ACCOUNT, new NewAlertChannel(ChannelKind.DISCORD, "Ops",
                "https://discord.com/api/webhooks/1/a"), AT);
        channels.add(ADMIN_ACCOUNT, new NewAlertChannel(ChannelKind.DISCORD, "Admin",
                "https://discord.com/api/webhooks/2/b"), AT);
        Map<String, Object> payload = Map.of("characterId", 2112000001L, "name", "Aura Kador");

        service.forward(new LiveEvent("token.invalid", "character.2112000001.alerts", AT, payload));
        service.forward(new LiveEvent("token.invalid", "alerts", AT, payload));
        service.forward(new LiveEvent("contract.expiring", TOPIC, AT, Map.of("characterId", 2112000001L,
                "contracts", List.of(Map.of("dateExpired", "tomorrow")))));

        assertThat(webhooks.posts).hasSize(2).allSatisfy(post -> assertThat(post.channel().name()).isEqualTo("Ops"));
        assertThat(webhooks.posts.get(0).message().title()).isEqualTo("Aura Kador: log in again");
        assertThat(webhooks.posts.get(0).message().lines()).singleElement().asString()
                .startsWith("EVE SSO refused Aura Kador's login");
        assertThat(webhooks.posts.get(1).message().lines()).containsExactly("Contract expires within a day");
    }

    @Test
    void eventsThatAreNoAlertsOrThatNamedOtherAccountsAreNotPosted() {
        channels.add(PILOT_ACCOUNT, new NewAlertChannel(ChannelKind.DISCORD, "Trade",
                "https://discord.com/api/webhooks/1/a"), AT);

        service.forward(new LiveEvent("market.orders", TOPIC, AT, Map.of("characterId", 2112000001L), null));
        service.forward(new LiveEvent("market.outbid", TOPIC, AT, Map.of("characterId", 2112000001L, "orders",
                List.of(Map.of("typeName", "Tritanium"))), Set.of(ADMIN_ACCOUNT)));
        service.forward(new LiveEvent("market.outbid", "character.9.market", AT, Map.of("orders",
                List.of(Map.of("typeName", "Tritanium")))));

        assertThat(service.isAlert("market.orders")).isFalse();
        assertThat(service.isAlert("contract.expiring")).isTrue();
        assertThat(webhooks.posts).isEmpty();
    }
}
