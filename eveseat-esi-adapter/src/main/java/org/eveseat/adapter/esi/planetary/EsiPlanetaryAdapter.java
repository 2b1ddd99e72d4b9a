package org.eveseat.adapter.esi.planetary;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eveseat.adapter.esi.common.dto.UniverseSchematicsSchematicId;
import org.eveseat.adapter.esi.common.EsiGateway;
import org.eveseat.adapter.esi.common.EsiJson;
import org.eveseat.adapter.esi.common.EsiRequest;
import org.eveseat.adapter.esi.common.EsiSettings;
import org.eveseat.adapter.esi.common.EsiTable;
import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.planetary.model.Colony;
import org.eveseat.domain.planetary.model.CustomsOffice;
import org.eveseat.domain.planetary.model.PlanetLayout;
import org.eveseat.domain.planetary.model.Schematic;
import org.eveseat.domain.planetary.port.out.PlanetaryEsi;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.EsiResult;

/**
 * Planetary interaction: a character's colonies and each colony's layout, a corporation's customs offices
 * (X-Pages, all pages walked) and the public schematics, which the spec puts in no rate-limit group.
 */
@ApplicationScoped
public class EsiPlanetaryAdapter implements PlanetaryEsi {
    private EsiTable esi;

    protected EsiPlanetaryAdapter() {
    }

    @Inject
    public EsiPlanetaryAdapter(EsiSettings settings, EsiGateway esi) {
        this.esi = new EsiTable(esi, settings);
    }

    @Override
    public EsiResult<List<Colony>> colonies(CharacterId characterId, AccessToken token) {
        return esi.read(EsiRequest.of("GET /characters/{character_id}/planets").with("character_id", characterId)
                .token(token), EsiJson.list(ColonyDto.class, PlanetaryMapper::toDomain));
    }

    @Override
    public EsiResult<PlanetLayout> layout(CharacterId characterId, long planetId, AccessToken token) {
        return esi.read(EsiRequest.of("GET /characters/{character_id}/planets/{planet_id}")
                        .with("character_id", characterId).with("planet_id", planetId).token(token),
                EsiJson.one(PlanetLayoutDto.class, PlanetaryMapper::toDomain));
    }

    @Override
    public EsiResult<List<CustomsOffice>> customsOffices(CorporationId corporationId, AccessToken token) {
        return esi.readPages(EsiRequest.of("GET /corporations/{corporation_id}/customs_offices")
                        .with("corporation_id", corporationId).token(token),
                EsiJson.list(CustomsOfficeDto.class, PlanetaryMapper::toDomain));
    }

    @Override
    public EsiResult<Schematic> schematic(long schematicId) {
        return esi.read(EsiRequest.of("GET /universe/schematics/{schematic_id}").with("schematic_id", schematicId),
                EsiJson.one(UniverseSchematicsSchematicId.class, dto -> PlanetaryMapper.toDomain(schematicId, dto)));
    }
}
