package org.eveseat.domain.market.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.character.model.Standing;
import org.eveseat.domain.character.model.StandingSource;
import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.character.port.out.StandingsEsi;
import org.eveseat.domain.market.model.TradeSkills;
import org.eveseat.domain.market.model.TraderProfile;
import org.eveseat.domain.market.port.out.TraderProfileRepository;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.DomainException;
import org.eveseat.domain.skill.port.out.SkillEsi;

/**
 * A character's trade skills and standings: read from ESI when its cache allows (and stored), else as stored. A
 * token without the skills or standings scope, a revoked token or an ESI outage leaves the stored values; a
 * character never read has no profile.
 */
final class TraderProfiles {
    private final AccessTokenQuery tokens;
    private final SkillEsi skills;
    private final StandingsEsi standings;
    private final TraderProfileRepository profiles;

    TraderProfiles(AccessTokenQuery tokens, SkillEsi skills, StandingsEsi standings,
                   TraderProfileRepository profiles) {
        this.tokens = tokens;
        this.skills = skills;
        this.standings = standings;
        this.profiles = profiles;
    }

    Optional<TraderProfile> of(CharacterId characterId) {
        AccessToken token;
        try {
            token = tokens.accessTokenFor(characterId);
        } catch (DomainException e) {
            return profiles.find(characterId);
        }
        try {
            skills.skills(characterId, token).storeIfFresh(s -> profiles.saveSkills(characterId, TradeSkills.of(s)));
        } catch (DomainException e) {
            // the stored levels stand
        }
        try {
            standings.standings(characterId, token).storeIfFresh(s -> profiles.saveStandings(characterId, npc(s)));
        } catch (DomainException e) {
            // the stored standings stand
        }
        return profiles.find(characterId);
    }

    private static Map<Long, Double> npc(List<Standing> standings) {
        Map<Long, Double> npc = new HashMap<>();
        standings.stream().filter(s -> s.fromType() == StandingSource.NPC_CORP || s.fromType() == StandingSource.FACTION)
                .forEach(s -> npc.put(s.fromId(), s.standing()));
        return npc;
    }
}
