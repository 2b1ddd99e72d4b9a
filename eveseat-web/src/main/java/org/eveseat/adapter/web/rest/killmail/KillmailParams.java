package org.eveseat.adapter.web.rest.killmail;

import jakarta.ws.rs.QueryParam;

import org.eveseat.adapter.web.rest.KeysetParams;
import org.eveseat.adapter.web.rest.RequestParams;
import org.eveseat.domain.killmail.model.KillmailFilter;
import org.eveseat.domain.killmail.model.KillmailSearch;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;

/** The query parameters of the killmail listing: the keyset cursor and page size, and the filters. */
public class KillmailParams extends KeysetParams {
    @QueryParam("character")
    String character;
    @QueryParam("corporation")
    String corporation;
    @QueryParam("system")
    String system;
    @QueryParam("region")
    String region;
    @QueryParam("from")
    String from;
    @QueryParam("to")
    String to;
    @QueryParam("shipType")
    String shipType;

    KillmailSearch search() {
        Long characterId = RequestParams.optionalId(character, "character");
        Long corporationId = RequestParams.optionalId(corporation, "corporation");
        Long systemId = RequestParams.optionalId(system, "system");
        Long regionId = RequestParams.optionalId(region, "region");
        Long shipTypeId = RequestParams.optionalId(shipType, "shipType");
        KillmailFilter filter = new KillmailFilter(characterId == null ? null : new CharacterId(characterId),
                corporationId == null ? null : new CorporationId(corporationId),
                systemId == null ? null : new SolarSystemId(systemId), regionId == null ? null : new RegionId(regionId),
                RequestParams.instant(from, "from"), RequestParams.instant(to, "to"),
                shipTypeId == null ? null : new TypeId(shipTypeId));
        return new KillmailSearch(filter, beforeId(), afterId(), limit(KillmailSearch.DEFAULT_LIMIT));
    }
}
