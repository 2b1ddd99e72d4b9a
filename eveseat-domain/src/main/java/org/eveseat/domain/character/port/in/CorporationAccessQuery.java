package org.eveseat.domain.character.port.in;

import java.util.Map;

import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;

/** For each corporation of the linked characters, a member whose token grants the scope, to read it with. */
public interface CorporationAccessQuery {
    Map<CorporationId, CharacterId> membersWithScope(String scope);
}
