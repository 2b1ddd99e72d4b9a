package org.eveseat.domain.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.eveseat.domain.event.model.LiveEvent;
import org.eveseat.domain.event.port.in.AnnouncementCommand;
import org.eveseat.domain.event.service.PublishAnnouncementService;
import org.eveseat.domain.shared.AccountId;
import org.eveseat.domain.shared.NotPermittedException;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.shared.Viewer;
import org.junit.jupiter.api.Test;

class PublishAnnouncementServiceTest {
    private static final Instant NOW = Instant.parse("2026-12-01T11:00:00Z");
    private final List<LiveEvent> published = new ArrayList<>();
    private final PublishAnnouncementService service =
            new PublishAnnouncementService(published::add, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void anAdminsAnnouncementIsPublishedOnTheAnnouncementsTopic() {
        LiveEvent event = service.announce(new Viewer(new AccountId(7), true),
                new AnnouncementCommand("Downtime extended by 30 minutes", "warning"));

        assertThat(published).containsExactly(event);
        assertThat(event.topic()).isEqualTo("announcements");
        assertThat(event.type()).isEqualTo("announcement");
        assertThat(event.payload()).containsEntry("message", "Downtime extended by 30 minutes")
                .containsEntry("level", "warning").containsEntry("fromAccountId", 7L)
                .containsEntry("sentAt", "2026-12-01T11:00:00Z");
    }

    @Test
    void aPilotCannotAnnounceAndNothingIsPublished() {
        assertThatThrownBy(() -> service.announce(new Viewer(new AccountId(8), false),
                new AnnouncementCommand("hello", null))).isInstanceOf(NotPermittedException.class);
        assertThat(published).isEmpty();
    }

    @Test
    void blankTooLongOrOddLevelsAreRefused() {
        assertThatThrownBy(() -> new AnnouncementCommand(" ", null)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new AnnouncementCommand("x".repeat(2001), null))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new AnnouncementCommand("x", "shout")).isInstanceOf(RuleViolationException.class);
        assertThat(new AnnouncementCommand("x", null).level()).isEqualTo("info");
    }
}
