package org.eveseat.domain.character.service;

import java.util.Map;

import org.eveseat.domain.character.port.in.CorporationAccessQuery;
import org.eveseat.domain.character.port.out.CharacterAffiliationRepository;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;

/** Picks, per corporation, the member whose token reads it, from the stored affiliations. */
public class CorporationAccessService implements CorporationAccessQuery {
    private final CharacterAffiliationRepository affiliations;

    public CorporationAccessService(CharacterAffiliationRepository affiliations) {
        this.affiliations = affiliations;
    }

    @Override
    public Map<CorporationId, CharacterId> membersWithScope(String scope) {
        return affiliations.corporationsWithScope(scope);
    }
}
