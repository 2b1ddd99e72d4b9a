package org.eveseat.adapter.esi.intel;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eveseat.adapter.esi.common.EsiGateway;
import org.eveseat.adapter.esi.common.EsiJson;
import org.eveseat.adapter.esi.common.EsiRequest;
import org.eveseat.adapter.esi.common.EsiSettings;
import org.eveseat.adapter.esi.common.EsiTable;
import org.eveseat.domain.intel.model.SovereigntyCampaign;
import org.eveseat.domain.intel.model.SystemSovereignty;
import org.eveseat.domain.intel.port.out.SovereigntyEsi;
import org.eveseat.domain.shared.EsiResult;

/**
 * Public sovereignty over ESI: the 2026-05-19 {@code /sovereignty/systems} (which replaced the map and structure
 * routes, one claim per system with its hub and development) and the running campaigns.
 */
@ApplicationScoped
public class EsiSovereigntyAdapter implements SovereigntyEsi {
    private EsiTable esi;

    protected EsiSovereigntyAdapter() {
    }

    @Inject
    public EsiSovereigntyAdapter(EsiSettings settings, EsiGateway esi) {
        this.esi = new EsiTable(esi, settings);
    }

    @Override
    public EsiResult<List<SystemSovereignty>> systems() {
        return esi.read(EsiRequest.of("GET /sovereignty/systems"),
                EsiJson.one(SovereigntySystemsDto.class, SovereigntyMapper::toDomain));
    }

    @Override
    public EsiResult<List<SovereigntyCampaign>> campaigns() {
        return esi.read(EsiRequest.of("GET /sovereignty/campaigns"),
                EsiJson.list(SovereigntyCampaignDto.class, SovereigntyMapper::toDomain));
    }
}
