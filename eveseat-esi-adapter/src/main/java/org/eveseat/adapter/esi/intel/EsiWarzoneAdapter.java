package org.eveseat.adapter.esi.intel;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eveseat.adapter.esi.common.dto.FwSystems;
import org.eveseat.adapter.esi.common.EsiGateway;
import org.eveseat.adapter.esi.common.EsiJson;
import org.eveseat.adapter.esi.common.EsiRequest;
import org.eveseat.adapter.esi.common.EsiSettings;
import org.eveseat.adapter.esi.common.EsiTable;
import org.eveseat.domain.intel.model.Faction;
import org.eveseat.domain.intel.model.WarzoneStatus;
import org.eveseat.domain.intel.model.WarzoneSystem;
import org.eveseat.domain.intel.port.out.WarzoneEsi;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.SolarSystemId;

/** The factional-warfare systems and the factions: operations of the ESI table (groups and cache times from the spec). */
@ApplicationScoped
public class EsiWarzoneAdapter implements WarzoneEsi {
    private EsiTable esi;

    protected EsiWarzoneAdapter() {
    }

    @Inject
    public EsiWarzoneAdapter(EsiSettings settings, EsiGateway esi) {
        this.esi = new EsiTable(esi, settings);
    }

    @Override
    public EsiResult<List<WarzoneSystem>> systems() {
        return esi.read(EsiRequest.of("GET /fw/systems"), EsiJson.list(FwSystems.class, dto ->
                new WarzoneSystem(new SolarSystemId(dto.solarSystemId()), dto.ownerFactionId(),
                        dto.occupierFactionId(), WarzoneStatus.fromEsi(dto.contested()), dto.victoryPoints(),
                        dto.victoryPointsThreshold())));
    }

    @Override
    public EsiResult<List<Faction>> factions() {
        return esi.read(EsiRequest.of("GET /universe/factions"), EsiJson.list(FactionDto.class, dto ->
                new Faction(dto.factionId(), dto.name())));
    }
}
