package org.eveseat.domain.character.service;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.character.model.CharacterToken;
import org.eveseat.domain.character.model.SsoGrant;
import org.eveseat.domain.character.model.TokenInvalidException;
import org.eveseat.domain.character.model.TokenState;
import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.character.port.out.CharacterRepository;
import org.eveseat.domain.character.port.out.CharacterTokenRepository;
import org.eveseat.domain.character.port.out.EveSso;
import org.eveseat.domain.character.port.out.TokenRevokedException;
import org.eveseat.domain.event.model.LiveEvent;
import org.eveseat.domain.event.model.LiveTopics;
import org.eveseat.domain.event.port.out.EventPublisher;
import org.eveseat.domain.shared.CharacterId;

/**
 * Hands out access tokens, refreshing shortly before expiry. Only one refresh per character runs at a time: SSO
 * rotates refresh tokens, so two parallel refreshes would race and one of them would store a dead token.
 */
public class AccessTokenService implements AccessTokenQuery {
    static final Duration REFRESH_MARGIN = Duration.ofSeconds(60);

    private final CharacterRepository characters;
    private final CharacterTokenRepository tokens;
    private final EveSso sso;
    private final EventPublisher events;
    private final Clock clock;
    private final ConcurrentMap<CharacterId, Object> refreshLocks = new ConcurrentHashMap<>();

    public AccessTokenService(CharacterRepository characters, CharacterTokenRepository tokens, EveSso sso,
                              EventPublisher events, Clock clock) {
        this.characters = characters;
        this.tokens = tokens;
        this.sso = sso;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public AccessToken accessTokenFor(CharacterId characterId) {
        synchronized (refreshLocks.computeIfAbsent(characterId, id -> new Object())) {
            var character = characters.findById(characterId)
                    .filter(c -> c.tokenState() == TokenState.VALID)
                    .orElseThrow(() -> new TokenInvalidException(characterId));
            CharacterToken stored = tokens.findByCharacter(characterId)
                    .orElseThrow(() -> new TokenInvalidException(characterId));
            if (stored.accessTokenValidAt(clock.instant().plus(REFRESH_MARGIN))) {
                return stored.accessToken();
            }
            try {
                SsoGrant grant = sso.refresh(stored.refreshToken());
                tokens.save(grant.token());
                return grant.accessToken();
            } catch (TokenRevokedException revoked) {
                characters.save(character.withTokenState(TokenState.INVALID));
                announceInvalid(characterId, character.name());
                throw new TokenInvalidException(characterId);
            }
        }
    }

    /** The owner sees it on the character's alerts, admins on theirs: syncs of this character stop until a login. */
    private void announceInvalid(CharacterId characterId, String name) {
        Map<String, Object> payload = Map.of("characterId", characterId.value(), "name", name,
                "detail", "EVE SSO refused the refresh token; log in with this character again");
        for (String topic : List.of(LiveTopics.character(characterId, "alerts"), LiveTopics.ALERTS)) {
            events.publish(new LiveEvent("token.invalid", topic, clock.instant(), payload));
        }
    }
}
