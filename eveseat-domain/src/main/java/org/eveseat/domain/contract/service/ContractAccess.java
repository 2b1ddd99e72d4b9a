package org.eveseat.domain.contract.service;

import java.util.EnumSet;
import java.util.Set;

import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
import org.eveseat.domain.contract.model.ContractOwner;
import org.eveseat.domain.corporation.model.CorporationRole;
import org.eveseat.domain.corporation.port.in.CorporationRolesQuery;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.Viewer;

/**
 * Who may read a contract list: a character's is its owner's (and admins'); a corporation's is for members
 * holding Director or Contract Manager there, as ESI's roles were last synced (and admins).
 */
public final class ContractAccess {
    static final Set<CorporationRole> CORPORATION_ROLES = EnumSet.of(CorporationRole.DIRECTOR,
            CorporationRole.CONTRACT_MANAGER);

    private final CharacterVisibilityQuery characters;
    private final CorporationRolesQuery corporations;

    public ContractAccess(CharacterVisibilityQuery characters, CorporationRolesQuery corporations) {
        this.characters = characters;
        this.corporations = corporations;
    }

    boolean canSee(Viewer viewer, ContractOwner owner) {
        return owner.kind() == ContractOwner.Kind.CHARACTER
                ? characters.canSee(viewer, new CharacterId(owner.id()))
                : corporations.holdsAny(viewer, new CorporationId(owner.id()), CORPORATION_ROLES);
    }
}
