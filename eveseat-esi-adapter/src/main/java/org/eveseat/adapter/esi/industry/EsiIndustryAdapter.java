package org.eveseat.adapter.esi.industry;

import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eveseat.adapter.esi.common.EsiGateway;
import org.eveseat.adapter.esi.common.EsiJson;
import org.eveseat.adapter.esi.common.EsiOperation;
import org.eveseat.adapter.esi.common.EsiSettings;
import org.eveseat.adapter.esi.common.RestClients;
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
    static final String CHARACTER_GROUP = "char-industry";
    static final String CORPORATION_GROUP = "corp-industry";
    static final String PUBLIC_GROUP = "industry";
    private static final Function<String, List<IndustryJob>> PARSE_JOBS =
            EsiJson.list(IndustryJobDto.class, IndustryMapper::toDomain);

    private EsiIndustryClient client;
    private EsiGateway esi;

    protected EsiIndustryAdapter() {
    }

    @Inject
    public EsiIndustryAdapter(EsiSettings settings, EsiGateway esi) {
        this.client = RestClients.build(EsiIndustryClient.class, settings.baseUrl(), settings);
        this.esi = esi;
    }

    @Override
    public EsiResult<List<IndustryJob>> characterJobs(CharacterId characterId, boolean includeCompleted,
                                                      AccessToken token) {
        var op = EsiOperation.authed("/characters/" + characterId + "/industry/jobs" + completed(includeCompleted),
                CHARACTER_GROUP, characterId);
        return esi.read(op, etag -> client.characterJobs(characterId.value(), includeCompleted,
                EsiJson.bearer(token), etag), PARSE_JOBS);
    }

    @Override
    public EsiResult<List<IndustryJob>> corporationJobs(CorporationId corporationId, boolean includeCompleted,
                                                        AccessToken token) {
        var op = EsiOperation.corporation("/corporations/" + corporationId + "/industry/jobs"
                + completed(includeCompleted), CORPORATION_GROUP, corporationId);
        return esi.readPages(op, (page, etag) -> client.corporationJobs(corporationId.value(), includeCompleted,
                page, EsiJson.bearer(token), etag), PARSE_JOBS);
    }

    @Override
    public EsiResult<List<IndustryFacility>> facilities() {
        return esi.read(EsiOperation.open("/industry/facilities", PUBLIC_GROUP), client::facilities,
                EsiJson.list(IndustryFacilityDto.class, IndustryMapper::toDomain));
    }

    @Override
    public EsiResult<List<SystemCostIndices>> costIndices() {
        return esi.read(EsiOperation.open("/industry/systems", PUBLIC_GROUP), client::systems,
                EsiJson.list(SystemCostIndicesDto.class, IndustryMapper::toDomain));
    }

    private static String completed(boolean includeCompleted) {
        return includeCompleted ? "?include_completed=true" : "";
    }
}
