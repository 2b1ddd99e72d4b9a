package org.eveseat.domain.wallet.service;

import java.util.Set;

import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
import org.eveseat.domain.corporation.model.CorporationRole;
import org.eveseat.domain.corporation.port.in.CorporationRolesQuery;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.Viewer;
import org.eveseat.domain.wallet.model.JournalOwner;

/**
 * The check every wallet read starts with. A character's wallet is its owner's (and admins'); a corporation's is
 * for its Directors and Accountants (and admins). Anything else looks like a wallet that does not exist.
 */
public class WalletAccess {
    static final Set<CorporationRole> CORPORATION_WALLET_ROLES =
            Set.of(CorporationRole.DIRECTOR, CorporationRole.ACCOUNTANT);

    private final CharacterVisibilityQuery characters;
    private final CorporationRolesQuery corporations;

    public WalletAccess(CharacterVisibilityQuery characters, CorporationRolesQuery corporations) {
        this.characters = characters;
        this.corporations = corporations;
    }

    void require(Viewer viewer, JournalOwner owner) {
        if (owner.kind() == JournalOwner.Kind.CHARACTER) {
            if (!characters.canSee(viewer, new CharacterId(owner.id()))) {
                throw new NotFoundException("character " + owner.id() + " not found");
            }
        } else {
            requireCorporation(viewer, new CorporationId(owner.id()));
        }
    }

    void requireCorporation(Viewer viewer, CorporationId corporationId) {
        if (!corporations.holdsAny(viewer, corporationId, CORPORATION_WALLET_ROLES)) {
            throw new NotFoundException("corporation " + corporationId + " not found");
        }
    }
}
