package org.eveseat.domain.corporation.port.in;

import java.util.Set;

import org.eveseat.domain.corporation.model.CorporationRole;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.Viewer;

/**
 * Whether a viewer may see corporation data that needs a role: admins always may; anyone else only if one of
 * their characters holds one of the roles in that corporation, as last synced from ESI.
 */
public interface CorporationRolesQuery {
    boolean holdsAny(Viewer viewer, CorporationId corporationId, Set<CorporationRole> roles);
}
