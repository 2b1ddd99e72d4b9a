package org.eveseat.domain.character.service;

import java.util.Map;

import org.eveseat.domain.character.port.in.CharacterCorporationsQuery;
import org.eveseat.domain.character.port.out.CharacterAffiliationRepository;
import org.eveseat.domain.shared.AccountId;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;

/** The account's characters' corporations from the stored affiliations (the hourly affiliation read keeps them). */
public class CharacterCorporationsService implements CharacterCorporationsQuery {
    private final CharacterAffiliationRepository affiliations;

    public CharacterCorporationsService(CharacterAffiliationRepository affiliations) {
        this.affiliations = affiliations;
    }

    @Override
    public Map<CharacterId, CorporationId> corporationsOf(AccountId account) {
        return affiliations.corporationsOf(account);
    }
}
