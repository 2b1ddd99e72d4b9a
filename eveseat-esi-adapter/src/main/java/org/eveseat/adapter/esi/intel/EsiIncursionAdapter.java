package org.eveseat.adapter.esi.intel;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eveseat.adapter.esi.common.EsiGateway;
import org.eveseat.adapter.esi.common.EsiJson;
import org.eveseat.adapter.esi.common.EsiOperation;
import org.eveseat.adapter.esi.common.EsiSettings;
import org.eveseat.adapter.esi.common.RestClients;
import org.eveseat.domain.intel.model.Incursion;
import org.eveseat.domain.intel.port.out.IncursionEsi;
import org.eveseat.domain.shared.EsiResult;

/** The incursions running now, read from ESI's public list on its five-minute cache. */
@ApplicationScoped
public class EsiIncursionAdapter implements IncursionEsi {
    static final String GROUP = "incursion";

    private EsiIntelClient client;
    private EsiGateway esi;

    protected EsiIncursionAdapter() {
    }

    @Inject
    public EsiIncursionAdapter(EsiSettings settings, EsiGateway esi) {
        this.client = RestClients.build(EsiIntelClient.class, settings.baseUrl(), settings);
        this.esi = esi;
    }

    @Override
    public EsiResult<List<Incursion>> incursions() {
        return esi.read(EsiOperation.open("/incursions", GROUP), client::incursions,
                EsiJson.list(IncursionDto.class, IntelMapper::toDomain));
    }
}
