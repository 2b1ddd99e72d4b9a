package org.eveseat.adapter.esi.intel;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eveseat.adapter.esi.common.EsiGateway;
import org.eveseat.adapter.esi.common.EsiJson;
import org.eveseat.adapter.esi.common.EsiRequest;
import org.eveseat.adapter.esi.common.EsiSettings;
import org.eveseat.adapter.esi.common.EsiTable;
import org.eveseat.domain.intel.model.Incursion;
import org.eveseat.domain.intel.port.out.IncursionEsi;
import org.eveseat.domain.shared.EsiResult;

/** The incursions running now, read from ESI's public list on its five-minute cache. */
@ApplicationScoped
public class EsiIncursionAdapter implements IncursionEsi {
    private EsiTable esi;

    protected EsiIncursionAdapter() {
    }

    @Inject
    public EsiIncursionAdapter(EsiSettings settings, EsiGateway esi) {
        this.esi = new EsiTable(esi, settings);
    }

    @Override
    public EsiResult<List<Incursion>> incursions() {
        return esi.read(EsiRequest.of("GET /incursions"), EsiJson.list(IncursionDto.class, IntelMapper::toDomain));
    }
}
