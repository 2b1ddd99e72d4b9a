package org.eveseat.adapter.web.wiring;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
import org.eveseat.domain.character.port.in.CorporationVisibilityQuery;
import org.eveseat.domain.event.port.in.PublishAnnouncementUseCase;
import org.eveseat.domain.event.port.in.TopicAccessQuery;
import org.eveseat.domain.event.port.out.EventPublisher;
import org.eveseat.domain.event.service.PublishAnnouncementService;
import org.eveseat.domain.event.service.TopicAccessService;

/** Builds the live-push use cases: who may join a topic, and admins' announcements. */
@ApplicationScoped
public class EventServices {
    @Produces
    @Singleton
    TopicAccessQuery topicAccess(CharacterVisibilityQuery characters, CorporationVisibilityQuery corporations) {
        return new TopicAccessService(characters, corporations);
    }

    @Produces
    @Singleton
    PublishAnnouncementUseCase announcements(EventPublisher events) {
        return new PublishAnnouncementService(events, Clock.systemUTC());
    }
}
