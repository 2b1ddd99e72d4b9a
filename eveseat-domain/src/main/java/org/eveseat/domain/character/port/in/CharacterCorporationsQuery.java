package org.eveseat.domain.character.port.in;

import java.util.Map;

import org.eveseat.domain.shared.AccountId;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;

/**
 * Which corporation each of an account's characters is in, as ESI last said: the player app offers the
 * corporation's pages (its market orders) from it. A character whose affiliation was not read yet is left out.
 */
public interface CharacterCorporationsQuery {
    Map<CharacterId, CorporationId> corporationsOf(AccountId account);
}
