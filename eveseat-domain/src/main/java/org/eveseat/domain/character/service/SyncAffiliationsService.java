package org.eveseat.domain.character.service;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eveseat.domain.character.model.Affiliation;
import org.eveseat.domain.character.model.LinkedCharacter;
import org.eveseat.domain.character.port.in.SyncAffiliationsUseCase;
import org.eveseat.domain.character.port.out.CharacterAffiliationRepository;
import org.eveseat.domain.character.port.out.CharacterPublicEsi;
import org.eveseat.domain.character.port.out.CharacterRepository;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.DomainException;
import org.eveseat.domain.shared.SyncOutcome;
import org.eveseat.domain.shared.SyncOutcome.Status;

/**
 * Asks ESI for the affiliations of every linked character in batches and stores their corporations, so members
 * joining or leaving a corporation change whose token reads its data.
 */
public class SyncAffiliationsService implements SyncAffiliationsUseCase {
    static final int MAX_CHARACTERS = 1_000_000;
    static final Duration RETRY_AFTER_FAILURE = Duration.ofMinutes(5);

    private final CharacterRepository characters;
    private final CharacterPublicEsi esi;
    private final CharacterAffiliationRepository affiliations;
    private final Clock clock;

    public SyncAffiliationsService(CharacterRepository characters, CharacterPublicEsi esi,
                                   CharacterAffiliationRepository affiliations, Clock clock) {
        this.characters = characters;
        this.esi = esi;
        this.affiliations = affiliations;
        this.clock = clock;
    }

    @Override
    public SyncOutcome sync() {
        Set<CharacterId> linked = characters.all(MAX_CHARACTERS).stream().map(LinkedCharacter::id)
                .collect(Collectors.toSet());
        if (linked.isEmpty()) {
            return SyncOutcome.of(Status.UNCHANGED, null);
        }
        try {
            Map<CharacterId, CorporationId> corporations = esi.affiliations(linked).stream()
                    .collect(Collectors.toMap(Affiliation::characterId, Affiliation::corporationId, (a, b) -> b));
            affiliations.saveCorporations(corporations);
            return SyncOutcome.of(Status.UPDATED, null);
        } catch (DomainException e) {
            return SyncOutcome.failed(e, clock.instant().plus(RETRY_AFTER_FAILURE));
        }
    }
}
