package org.eveseat.domain.character.port.in;

import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.Viewer;

/** Whether a viewer may see a corporation's data: admins, and accounts with a character in that corporation. */
public interface CorporationVisibilityQuery {
    boolean canSee(Viewer viewer, CorporationId corporationId);

    /** A corporation the viewer may not see looks like one that does not exist. */
    default void requireVisible(Viewer viewer, CorporationId corporationId) {
        if (!canSee(viewer, corporationId)) {
            throw new NotFoundException("corporation " + corporationId + " not found");
        }
    }
}
