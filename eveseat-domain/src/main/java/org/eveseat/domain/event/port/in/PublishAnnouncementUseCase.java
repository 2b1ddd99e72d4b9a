package org.eveseat.domain.event.port.in;

import org.eveseat.domain.event.model.LiveEvent;
import org.eveseat.domain.shared.Viewer;

/** An admin tells every connected user something at once (downtime, a fleet forming up). */
public interface PublishAnnouncementUseCase {
    LiveEvent announce(Viewer admin, AnnouncementCommand command);
}
