package org.eveseat.domain.event.service;

import java.time.Clock;
import java.util.Map;

import org.eveseat.domain.event.model.LiveEvent;
import org.eveseat.domain.event.model.LiveTopics;
import org.eveseat.domain.event.port.in.AnnouncementCommand;
import org.eveseat.domain.event.port.in.PublishAnnouncementUseCase;
import org.eveseat.domain.event.port.out.EventPublisher;
import org.eveseat.domain.shared.NotPermittedException;
import org.eveseat.domain.shared.Viewer;

/** Only admins announce; the announcement goes to everyone subscribed to the announcements topic. */
public class PublishAnnouncementService implements PublishAnnouncementUseCase {
    private final EventPublisher events;
    private final Clock clock;

    public PublishAnnouncementService(EventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Override
    public LiveEvent announce(Viewer admin, AnnouncementCommand command) {
        if (!admin.admin()) {
            throw new NotPermittedException("only admins announce");
        }
        LiveEvent event = new LiveEvent("announcement", LiveTopics.ANNOUNCEMENTS, clock.instant(),
                Map.of("message", command.message(), "level", command.level(),
                        "fromAccountId", admin.accountId().value(), "sentAt", clock.instant().toString()));
        events.publish(event);
        return event;
    }
}
