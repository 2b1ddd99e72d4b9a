package org.eveseat.domain.corporation.port.out;

import java.util.List;
import java.util.Set;

import org.eveseat.domain.corporation.model.CorporationRole;
import org.eveseat.domain.corporation.model.MemberRoles;
import org.eveseat.domain.shared.AccountId;
import org.eveseat.domain.shared.CorporationId;

/** The roles of corporation members as ESI last listed them: what decides access to role-bound corporation data. */
public interface MemberRolesRepository {
    /** Members missing from the list lose their stored roles. */
    void replace(CorporationId corporationId, List<MemberRoles> members);

    /** Whether a character of the account, still in the corporation, holds one of the roles there everywhere. */
    boolean anyHeldBy(AccountId accountId, CorporationId corporationId, Set<CorporationRole> roles);
}
