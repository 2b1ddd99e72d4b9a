package org.eveseat.domain.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.eveseat.domain.alert.model.AlertChannel;
import org.eveseat.domain.alert.model.ChannelKind;
import org.eveseat.domain.alert.model.Delivery;
import org.eveseat.domain.alert.model.NewAlertChannel;
import org.eveseat.domain.alert.port.in.ManageAlertChannelsUseCase;
import org.eveseat.domain.alert.service.ManageAlertChannelsService;
import org.eveseat.domain.shared.AccountId;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.shared.Viewer;

class ManageAlertChannelsServiceTest {
    private static final Instant NOW = Instant.parse("2026-12-07T21:00:00Z");
    private static final Viewer ALICE = new Viewer(new AccountId(1), false);
    private static final Viewer BOB = new Viewer(new AccountId(2), true);
    private static final String DISCORD = "https://discord.com/api/webhooks/1/token";

    private final InMemoryAlertChannels channels = new InMemoryAlertChannels();
    private final RecordingWebhooks webhooks = new RecordingWebhooks();
    private final ManageAlertChannelsService service = new ManageAlertChannelsService(channels, webhooks,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void anAccountSeesAndRemovesOnlyItsOwnChannelsEvenAsAdmin() {
        AlertChannel ops = service.add(ALICE, new NewAlertChannel(ChannelKind.DISCORD, "  Ops  ", DISCORD));

        assertThat(ops.name()).isEqualTo("Ops");
        assertThat(ops.createdAt()).isEqualTo(NOW);
        assertThat(service.list(ALICE)).containsExactly(ops);
        assertThat(service.list(BOB)).isEmpty();
        assertThatThrownBy(() -> service.remove(BOB, ops.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.test(BOB, ops.id())).isInstanceOf(NotFoundException.class);
        assertThat(webhooks.posts).isEmpty();

        service.remove(ALICE, ops.id());

        assertThat(service.list(ALICE)).isEmpty();
    }

    @Test
    void aWebhookMustBeOfItsKindAndTheListHasALimit() {
        assertThatThrownBy(() -> service.add(ALICE, new NewAlertChannel(ChannelKind.SLACK, "Ops", DISCORD)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("https://hooks.slack.com/");
        assertThatThrownBy(() -> service.add(ALICE, new NewAlertChannel(ChannelKind.DISCORD, "Ops",
                "https://evil.example/api/webhooks/1/token"))).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new NewAlertChannel(ChannelKind.DISCORD, "Ops", DISCORD + "?wait=true"))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new NewAlertChannel(ChannelKind.DISCORD, " ", DISCORD))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new NewAlertChannel(ChannelKind.DISCORD, "Ops", "not a url at all"))
                .isInstanceOf(RuleViolationException.class);

        for (int i = 0; i < ManageAlertChannelsUseCase.MAX_PER_ACCOUNT; i++) {
            service.add(ALICE, new NewAlertChannel(ChannelKind.DISCORD, "Ops " + i, DISCORD));
        }
        assertThatThrownBy(() -> service.add(ALICE, new NewAlertChannel(ChannelKind.DISCORD, "One more", DISCORD)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("at most 10");
        assertThat(service.list(ALICE)).hasSize(ManageAlertChannelsUseCase.MAX_PER_ACCOUNT);
    }

    @Test
    void aTestMessageIsPostedAndItsOutcomeKept() {
        AlertChannel ops = service.add(ALICE, new NewAlertChannel(ChannelKind.DISCORD, "Ops", DISCORD));
        webhooks.answering(Delivery.gone(NOW, "Discord answered 404: Unknown Webhook"));

        Delivery delivery = service.test(ALICE, ops.id());

        assertThat(delivery.status()).isEqualTo(Delivery.Status.GONE);
        assertThat(webhooks.posts).singleElement().satisfies(post -> {
            assertThat(post.channel()).isEqualTo(ops);
            assertThat(post.message().lines()).singleElement().asString().contains("“Ops”");
        });
        assertThat(service.list(ALICE).get(0).lastDelivery()).isEqualTo(delivery);
        assertThat(service.list(ALICE).get(0).maskedWebhook()).isEqualTo("https://discord.com/api/webhooks/1/…");
    }
}
