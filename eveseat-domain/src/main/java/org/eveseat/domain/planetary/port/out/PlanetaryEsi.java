package org.eveseat.domain.planetary.port.out;

import java.util.List;

import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.planetary.model.Colony;
import org.eveseat.domain.planetary.model.CustomsOffice;
import org.eveseat.domain.planetary.model.PlanetLayout;
import org.eveseat.domain.planetary.model.Schematic;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.EsiResult;

/**
 * Planetary industry on ESI: a character's colonies and their layouts, a corporation's customs offices (Director
 * role; all pages walked) and the public schematics factories run.
 */
public interface PlanetaryEsi {
    EsiResult<List<Colony>> colonies(CharacterId characterId, AccessToken token);

    EsiResult<PlanetLayout> layout(CharacterId characterId, long planetId, AccessToken token);

    EsiResult<List<CustomsOffice>> customsOffices(CorporationId corporationId, AccessToken token);

    EsiResult<Schematic> schematic(long schematicId);
}
