package org.eveseat.adapter.esi.industry;

import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eveseat.adapter.esi.common.dto.IndustryFacilities;
import org.eveseat.adapter.esi.common.EsiGateway;
import org.eveseat.adapter.esi.common.EsiJson;
import org.eveseat.adapter.esi.common.EsiRequest;
import org.eveseat.adapter.esi.common.EsiSettings;
import org.eveseat.adapter.esi.common.EsiTable;
import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.industry.model.IndustryFacility;
import org.eveseat.domain.industry.model.IndustryJob;
import org.eveseat.domain.industry.model.SystemCostIndices;
import org.eveseat.domain.industry.port.out.IndustryEsi;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.EsiResult;

/**
 * Industry jobs of characters (one answer) and corporations (X-Pages, all pages walked), and the public facility
 * and cost-index lists. Asking for completed jobs returns different data, so it is part of the cache key.
 */
@ApplicationScoped
public class EsiIndustryAdapter implements IndustryEsi {
    private static final Function<String, List<IndustryJob>> PARSE_JOBS =
            EsiJson.list(IndustryJobDto.class, IndustryMapper::toDomain);

    private EsiTable esi;

    protected EsiIndustryAdapter() {
    }

    @Inject
    public EsiIndustryAdapter(EsiSettings settings, EsiGateway esi) {
        this.esi = new EsiTable(esi, settings);
    }

    @Override
    public EsiResult<List<IndustryJob>> characterJobs(CharacterId characterId, boolean includeCompleted,
                                                      AccessToken token) {
        return esi.read(EsiRequest.of("GET /characters/{character_id}/industry/jobs").with("character_id", characterId)
                .with("include_completed", completed(includeCompleted)).token(token), PARSE_JOBS);
    }

    @Override
    public EsiResult<List<IndustryJob>> corporationJobs(CorporationId corporationId, boolean includeCompleted,
                                                        AccessToken token) {
        return esi.readPages(EsiRequest.of("GET /corporations/{corporation_id}/industry/jobs")
                .with("corporation_id", corporationId).with("include_completed", completed(includeCompleted))
                .token(token), PARSE_JOBS);
    }

    @Override
    public EsiResult<List<IndustryFacility>> facilities() {
        return esi.read(EsiRequest.of("GET /industry/facilities"),
                EsiJson.list(IndustryFacilities.class, IndustryMapper::toDomain));
    }

    @Override
    public EsiResult<List<SystemCostIndices>> costIndices() {
        return esi.read(EsiRequest.of("GET /industry/systems"),
                EsiJson.list(SystemCostIndicesDto.class, IndustryMapper::toDomain));
    }

    /** Only asking for completed jobs changes the answer (and the cache key); false is ESI's default. */
    private static Boolean completed(boolean includeCompleted) {
        return includeCompleted ? Boolean.TRUE : null;
    }
}
