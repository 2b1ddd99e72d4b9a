package org.eveseat.domain.character.service;

import org.eveseat.domain.character.port.in.CorporationVisibilityQuery;
import org.eveseat.domain.character.port.out.CharacterAffiliationRepository;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.Viewer;

/**
 * Members see their corporation's data, admins every corporation's. Membership is ESI's last affiliation read, so
 * a pilot who leaves loses sight of the corporation within the hour.
 */
public class CorporationVisibilityService implements CorporationVisibilityQuery {
    private final CharacterAffiliationRepository affiliations;

    public CorporationVisibilityService(CharacterAffiliationRepository affiliations) {
        this.affiliations = affiliations;
    }

    @Override
    public boolean canSee(Viewer viewer, CorporationId corporationId) {
        return viewer.admin() || affiliations.hasMember(viewer.accountId(), corporationId);
    }
}
