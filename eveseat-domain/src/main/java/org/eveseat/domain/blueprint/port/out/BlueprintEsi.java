package org.eveseat.domain.blueprint.port.out;

import java.util.List;

import org.eveseat.domain.blueprint.model.Blueprint;
import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.EsiResult;

/**
 * The blueprints of a character or corporation on ESI (corporation blueprints need the Director role). Both are
 * paged; the implementation walks all pages.
 */
public interface BlueprintEsi {
    EsiResult<List<Blueprint>> characterBlueprints(CharacterId characterId, AccessToken token);

    EsiResult<List<Blueprint>> corporationBlueprints(CorporationId corporationId, AccessToken token);
}
