package org.eveseat.domain.character.port.in;

import java.util.List;
import org.eveseat.domain.character.model.PilotWhereabouts;
import org.eveseat.domain.shared.Viewer;

/**
 * Where the viewer's own characters are now, for the star map's character layer: only the characters of the
 * viewer's account (an admin sees no one else's here), each read from ESI on demand within its cache time.
 */
public interface PilotLocationsQuery {
    List<PilotWhereabouts> locations(Viewer viewer);
}
