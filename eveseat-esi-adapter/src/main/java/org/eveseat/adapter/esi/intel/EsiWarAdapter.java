package org.eveseat.adapter.esi.intel;

import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eveseat.adapter.esi.common.dto.WarsWarIdKillmails;
import org.eveseat.adapter.esi.common.EsiGateway;
import org.eveseat.adapter.esi.common.EsiJson;
import org.eveseat.adapter.esi.common.EsiRequest;
import org.eveseat.adapter.esi.common.EsiSettings;
import org.eveseat.adapter.esi.common.EsiTable;
import org.eveseat.domain.intel.model.War;
import org.eveseat.domain.intel.port.out.WarEsi;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.KillmailRef;

/**
 * Public wars over ESI: the id list (one batch per {@code max_war_id} cursor, which is part of the cache key), a
 * war's details and its killmails (X-Pages, all pages walked). ESI charges all three to the killmail group.
 */
@ApplicationScoped
public class EsiWarAdapter implements WarEsi {
    private EsiTable esi;

    protected EsiWarAdapter() {
    }

    @Inject
    public EsiWarAdapter(EsiSettings settings, EsiGateway esi) {
        this.esi = new EsiTable(esi, settings);
    }

    @Override
    public EsiResult<List<Long>> warIds(OptionalLong maxWarId) {
        Long below = maxWarId.isPresent() ? maxWarId.getAsLong() : null;
        return esi.read(EsiRequest.of("GET /wars").with("max_war_id", below),
                EsiJson.list(Long.class, Function.identity()));
    }

    @Override
    public EsiResult<War> war(long warId) {
        return esi.read(EsiRequest.of("GET /wars/{war_id}").with("war_id", warId),
                EsiJson.one(WarDto.class, IntelMapper::toDomain));
    }

    @Override
    public EsiResult<List<KillmailRef>> killmails(long warId) {
        return esi.readPages(EsiRequest.of("GET /wars/{war_id}/killmails").with("war_id", warId),
                EsiJson.list(WarsWarIdKillmails.class, IntelMapper::toDomain));
    }
}
