package org.eveseat.domain.event.service;

import org.eveseat.domain.FeatureAssembly;
import org.eveseat.domain.ServiceCatalogue;
import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
import org.eveseat.domain.character.port.in.CorporationVisibilityQuery;
import org.eveseat.domain.corporation.port.in.CorporationRolesQuery;
import org.eveseat.domain.event.port.in.PublishAnnouncementUseCase;
import org.eveseat.domain.event.port.in.TopicAccessQuery;
import org.eveseat.domain.event.port.out.EventPublisher;

/** Builds live push: who may join a topic, and admins' announcements. */
public final class EventAssembly implements FeatureAssembly {
    @Override
    public void addTo(ServiceCatalogue catalogue) {
        catalogue.add(TopicAccessQuery.class,
                wiring -> new TopicAccessService(wiring.get(CharacterVisibilityQuery.class),
                wiring.get(CorporationVisibilityQuery.class), wiring.get(CorporationRolesQuery.class)));
        catalogue.add(PublishAnnouncementUseCase.class,
                wiring -> new PublishAnnouncementService(wiring.get(EventPublisher.class),
                wiring.settings().clock()));
    }
}
