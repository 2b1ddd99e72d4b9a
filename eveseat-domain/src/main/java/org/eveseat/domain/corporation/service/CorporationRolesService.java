package org.eveseat.domain.corporation.service;

import java.util.Set;

import org.eveseat.domain.corporation.model.CorporationRole;
import org.eveseat.domain.corporation.port.in.CorporationRolesQuery;
import org.eveseat.domain.corporation.port.out.MemberRolesRepository;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.Viewer;

/** Admins see every corporation; others through the stored roles of their characters. */
public class CorporationRolesService implements CorporationRolesQuery {
    private final MemberRolesRepository roles;

    public CorporationRolesService(MemberRolesRepository roles) {
        this.roles = roles;
    }

    @Override
    public boolean holdsAny(Viewer viewer, CorporationId corporationId, Set<CorporationRole> wanted) {
        return viewer.admin() || roles.anyHeldBy(viewer.accountId(), corporationId, wanted);
    }
}
