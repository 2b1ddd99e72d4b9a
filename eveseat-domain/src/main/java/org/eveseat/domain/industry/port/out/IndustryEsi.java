package org.eveseat.domain.industry.port.out;

import java.util.List;

import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.industry.model.IndustryFacility;
import org.eveseat.domain.industry.model.IndustryJob;
import org.eveseat.domain.industry.model.SystemCostIndices;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.EsiResult;

/**
 * Industry on ESI: the jobs of a character or corporation (corporation jobs need the Factory Manager role; all
 * pages are walked) and the public facilities and system cost indices that price new jobs.
 */
public interface IndustryEsi {
    /** @param includeCompleted also the jobs finished in the last 90 days */
    EsiResult<List<IndustryJob>> characterJobs(CharacterId characterId, boolean includeCompleted,
                                               AccessToken token);

    /** @param includeCompleted also the jobs finished in the last 90 days */
    EsiResult<List<IndustryJob>> corporationJobs(CorporationId corporationId, boolean includeCompleted,
                                                 AccessToken token);

    EsiResult<List<IndustryFacility>> facilities();

    EsiResult<List<SystemCostIndices>> costIndices();
}
