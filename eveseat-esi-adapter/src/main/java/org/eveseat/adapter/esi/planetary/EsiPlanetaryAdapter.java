package org.eveseat.adapter.esi.planetary;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eveseat.adapter.esi.common.EsiGateway;
import org.eveseat.adapter.esi.common.EsiJson;
import org.eveseat.adapter.esi.common.EsiOperation;
import org.eveseat.adapter.esi.common.EsiSettings;
import org.eveseat.adapter.esi.common.RateLimitGroup;
import org.eveseat.adapter.esi.common.RestClients;
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
    static final String CHARACTER_GROUP = "char-industry";
    static final String CORPORATION_GROUP = "corp-industry";

    private EsiPlanetaryClient client;
    private EsiGateway esi;

    protected EsiPlanetaryAdapter() {
    }

    @Inject
    public EsiPlanetaryAdapter(EsiSettings settings, EsiGateway esi) {
        this.client = RestClients.build(EsiPlanetaryClient.class, settings.baseUrl(), settings);
        this.esi = esi;
    }

    @Override
    public EsiResult<List<Colony>> colonies(CharacterId characterId, AccessToken token) {
        var op = EsiOperation.authed("/characters/" + characterId + "/planets", CHARACTER_GROUP, characterId);
        return esi.read(op, etag -> client.colonies(characterId.value(), EsiJson.bearer(token), etag),
                EsiJson.list(ColonyDto.class, PlanetaryMapper::toDomain));
    }

    @Override
    public EsiResult<PlanetLayout> layout(CharacterId characterId, long planetId, AccessToken token) {
        var op = EsiOperation.authed("/characters/" + characterId + "/planets/" + planetId, CHARACTER_GROUP,
                characterId);
        return esi.read(op, etag -> client.layout(characterId.value(), planetId, EsiJson.bearer(token), etag),
                EsiJson.one(PlanetLayoutDto.class, PlanetaryMapper::toDomain));
    }

    @Override
    public EsiResult<List<CustomsOffice>> customsOffices(CorporationId corporationId, AccessToken token) {
        var op = EsiOperation.corporation("/corporations/" + corporationId + "/customs_offices", CORPORATION_GROUP,
                corporationId);
        return esi.readPages(op, (page, etag) -> client.customsOffices(corporationId.value(), page,
                EsiJson.bearer(token), etag), EsiJson.list(CustomsOfficeDto.class, PlanetaryMapper::toDomain));
    }

    @Override
    public EsiResult<Schematic> schematic(long schematicId) {
        var op = EsiOperation.open("/universe/schematics/" + schematicId, RateLimitGroup.NONE);
        return esi.read(op, etag -> client.schematic(schematicId, etag),
                EsiJson.one(SchematicDto.class, dto -> PlanetaryMapper.toDomain(schematicId, dto)));
    }
}
