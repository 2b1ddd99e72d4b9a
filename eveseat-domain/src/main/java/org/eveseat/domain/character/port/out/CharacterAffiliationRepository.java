package org.eveseat.domain.character.port.out;

import java.util.Map;

import org.eveseat.domain.shared.AccountId;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;

/**
 * Which corporation each linked character is in, as ESI last said. Corporation data is read with a member's
 * token, so this is how the sync engine finds, for each corporation, a member whose token may read it.
 */
public interface CharacterAffiliationRepository {
    void saveCorporations(Map<CharacterId, CorporationId> corporations);

    /** Each corporation with a member whose valid token grants the scope, and that member (the lowest id). */
    Map<CorporationId, CharacterId> corporationsWithScope(String scope);

    /** The corporation of each of the account's characters whose affiliation has been read. */
    Map<CharacterId, CorporationId> corporationsOf(AccountId account);

    /** Whether one of the account's characters is in the corporation, as ESI last said. */
    boolean hasMember(AccountId account, CorporationId corporationId);
}
