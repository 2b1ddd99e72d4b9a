package org.eveseat.adapter.web.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eveseat.domain.EveSeatDomain;
import org.eveseat.domain.event.port.in.PublishAnnouncementUseCase;
import org.eveseat.domain.event.port.in.TopicAccessQuery;

/**
 * The use cases of live push  as CDI beans.
 * {@link EveSeatDomain} builds them; here they are only handed out.
 */
@ApplicationScoped
public class EventServices {
    @Produces
    @Singleton
    TopicAccessQuery topicAccess(EveSeatDomain domain) {
        return domain.get(TopicAccessQuery.class);
    }

    @Produces
    @Singleton
    PublishAnnouncementUseCase announcements(EveSeatDomain domain) {
        return domain.get(PublishAnnouncementUseCase.class);
    }
}
