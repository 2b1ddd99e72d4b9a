package org.eveseat.domain.market.port.out;

import java.util.Map;
import java.util.Optional;

import org.eveseat.domain.market.model.TradeSkills;
import org.eveseat.domain.market.model.TraderProfile;
import org.eveseat.domain.shared.CharacterId;

/**
 * The last trade skills and NPC standings read for a character. ESI answers a read before its cache expires with
 * nothing, so what it said last is kept here, for every node.
 */
public interface TraderProfileRepository {
    void saveSkills(CharacterId characterId, TradeSkills skills);

    /** Replaces the character's standings (NPC corporation and faction id to standing). */
    void saveStandings(CharacterId characterId, Map<Long, Double> standings);

    /** Empty until skills or standings were saved once. */
    Optional<TraderProfile> find(CharacterId characterId);
}
