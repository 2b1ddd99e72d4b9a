package org.eveseat.domain.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.eveseat.domain.alert.model.AlertChannel;
import org.eveseat.domain.alert.model.ChannelKind;
import org.eveseat.domain.alert.model.Delivery;
import org.eveseat.domain.alert.model.NewAlertChannel;
import org.eveseat.domain.alert.port.out.AlertChannelRepository;
import org.eveseat.domain.shared.AccountId;

/** What every {@link AlertChannelRepository} keeps: each account's channels, apart, and how their posts went. */
public interface AlertChannelRepositoryContract {
    AccountId ALICE = new AccountId(71);
    AccountId BOB = new AccountId(72);
    Instant AT = Instant.parse("2026-12-07T20:00:00Z");
    String DISCORD = "https://discord.com/api/webhooks/1234567890/secret-token";

    /** An empty store whose accounts ALICE and BOB exist. */
    AlertChannelRepository channels();

    @Test
    default void channelsAreKeptPerAccountWithEveryField() {
        AlertChannel added = channels().add(ALICE, new NewAlertChannel(ChannelKind.DISCORD, "Corp ops", DISCORD), AT);
        channels().add(BOB, new NewAlertChannel(ChannelKind.SLACK, "Trading",
                "https://hooks.slack.com/services/T000/B000/XXXX"), AT);

        assertThat(added.id()).isPositive();
        assertThat(channels().forAccount(ALICE)).containsExactly(new AlertChannel(added.id(), ALICE,
                ChannelKind.DISCORD, "Corp ops", DISCORD, AT, Delivery.NEVER));
        assertThat(channels().find(ALICE, added.id())).contains(added);
        assertThat(channels().find(BOB, added.id())).as("another account's channel").isEmpty();
        assertThat(channels().all()).extracting(AlertChannel::account).containsExactlyInAnyOrder(ALICE, BOB);
    }

    @Test
    default void onlyTheOwnerRemovesAChannel() {
        AlertChannel added = channels().add(ALICE, new NewAlertChannel(ChannelKind.DISCORD, "Ops", DISCORD), AT);

        assertThat(channels().remove(BOB, added.id())).isFalse();
        assertThat(channels().forAccount(ALICE)).hasSize(1);
        assertThat(channels().remove(ALICE, added.id())).isTrue();
        assertThat(channels().forAccount(ALICE)).isEmpty();
        assertThat(channels().remove(ALICE, added.id())).isFalse();
    }

    @Test
    default void theLastDeliveryIsKept() {
        AlertChannel added = channels().add(ALICE, new NewAlertChannel(ChannelKind.DISCORD, "Ops", DISCORD), AT);

        channels().recordDelivery(added.id(), Delivery.gone(AT.plusSeconds(60), "Discord answered 404"));

        assertThat(channels().find(ALICE, added.id()).orElseThrow().lastDelivery())
                .isEqualTo(Delivery.gone(AT.plusSeconds(60), "Discord answered 404"));
    }
}
