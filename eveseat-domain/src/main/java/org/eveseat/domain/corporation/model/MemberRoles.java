package org.eveseat.domain.corporation.model;

import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Require;

/** The roles a member holds and the roles it may grant to others. */
public record MemberRoles(CharacterId characterId, RoleSet roles, RoleSet grantable) {
    public MemberRoles {
        Require.present(characterId, "member");
        roles = roles == null ? RoleSet.NONE : roles;
        grantable = grantable == null ? RoleSet.NONE : grantable;
    }
}
