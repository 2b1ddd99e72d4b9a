package org.eveseat.adapter.esi.intel;

import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eveseat.adapter.esi.common.EsiGateway;
import org.eveseat.adapter.esi.common.EsiJson;
import org.eveseat.adapter.esi.common.EsiOperation;
import org.eveseat.adapter.esi.common.EsiSettings;
import org.eveseat.adapter.esi.common.RestClients;
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
    static final String GROUP = "killmail";

    private EsiIntelClient client;
    private EsiGateway esi;

    protected EsiWarAdapter() {
    }

    @Inject
    public EsiWarAdapter(EsiSettings settings, EsiGateway esi) {
        this.client = RestClients.build(EsiIntelClient.class, settings.baseUrl(), settings);
        this.esi = esi;
    }

    @Override
    public EsiResult<List<Long>> warIds(OptionalLong maxWarId) {
        Long below = maxWarId.isPresent() ? maxWarId.getAsLong() : null;
        var op = EsiOperation.open("/wars" + (below == null ? "" : "?max_war_id=" + below), GROUP);
        return esi.read(op, etag -> client.wars(below, etag), EsiJson.list(Long.class, Function.identity()));
    }

    @Override
    public EsiResult<War> war(long warId) {
        return esi.read(EsiOperation.open("/wars/" + warId, GROUP), etag -> client.war(warId, etag),
                EsiJson.one(WarDto.class, IntelMapper::toDomain));
    }

    @Override
    public EsiResult<List<KillmailRef>> killmails(long warId) {
        return esi.readPages(EsiOperation.open("/wars/" + warId + "/killmails", GROUP),
                (page, etag) -> client.warKillmails(warId, page, etag),
                EsiJson.list(KillmailRefDto.class, IntelMapper::toDomain));
    }
}
