package org.eveseat.domain.character.service;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.eveseat.domain.character.model.Affiliation;
import org.eveseat.domain.character.model.CharacterPublicInfo;
import org.eveseat.domain.character.model.CharacterStatus;
import org.eveseat.domain.character.model.LinkedCharacter;
import org.eveseat.domain.character.model.PilotOnline;
import org.eveseat.domain.character.model.PilotShip;
import org.eveseat.domain.character.model.SkillPoints;
import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.character.port.in.CharacterStatusQuery;
import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
import org.eveseat.domain.character.port.out.CharacterPublicEsi;
import org.eveseat.domain.character.port.out.CharacterRepository;
import org.eveseat.domain.character.port.out.PilotLocationEsi;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.DomainException;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.Viewer;
import org.eveseat.domain.skill.model.CharacterSkills;
import org.eveseat.domain.skill.port.out.SkillEsi;
import org.eveseat.domain.sync.model.ScheduledSync;
import org.eveseat.domain.sync.model.SyncEndpoint;
import org.eveseat.domain.sync.model.SyncKey;
import org.eveseat.domain.sync.model.SyncState;
import org.eveseat.domain.sync.port.out.SyncScheduleRepository;

/**
 * Reads a character's status from ESI on demand, part by part: each part needs its own scope and may fail on its
 * own without taking the others (or the answer) down. Values ESI sent last are answered again until they expire.
 */
public class CharacterStatusService implements CharacterStatusQuery {
    static final String READ_SKILLS = "esi-skills.read_skills.v1";

    private final CharacterVisibilityQuery visibility;
    private final CharacterRepository characters;
    private final AccessTokenQuery tokens;
    private final PilotLocationEsi esi;
    private final PilotLocationReads locations;
    private final SkillEsi skills;
    private final CharacterPublicEsi profiles;
    private final StatusPlaces places;
    private final SyncScheduleRepository schedule;
    private final Set<SyncEndpoint> runnable;
    private final LastAnswers<CharacterId, PilotShip> ships = new LastAnswers<>();
    private final LastAnswers<CharacterId, PilotOnline> onlines = new LastAnswers<>();
    private final LastAnswers<CharacterId, CharacterSkills> skillSets = new LastAnswers<>();
    private final LastAnswers<CharacterId, CharacterPublicInfo> publicInfo = new LastAnswers<>();

    public CharacterStatusService(CharacterVisibilityQuery visibility, CharacterRepository characters,
                                  AccessTokenQuery tokens, PilotLocationEsi esi, PilotLocationReads locations,
                                  SkillEsi skills, CharacterPublicEsi profiles, StatusPlaces places,
                                  SyncScheduleRepository schedule, Set<SyncEndpoint> runnable) {
        this.visibility = visibility;
        this.characters = characters;
        this.tokens = tokens;
        this.esi = esi;
        this.locations = locations;
        this.skills = skills;
        this.profiles = profiles;
        this.places = places;
        this.schedule = schedule;
        this.runnable = Set.copyOf(runnable);
    }

    @Override
    public CharacterStatus status(Viewer viewer, CharacterId id) {
        visibility.requireVisible(viewer, id);
        LinkedCharacter character = characters.findById(id)
                .orElseThrow(() -> new NotFoundException("character " + id + " not found"));
        Affiliation profile = affiliation(id);
        ScopedReads reads = new ScopedReads(character, tokens);
        return new CharacterStatus(id, profile == null ? null : profile.corporationId(),
                profile == null ? null : profile.allianceId(),
                reads.read(PilotLocationEsi.READ_LOCATION, token -> locations.read(character, token)),
                reads.read(PilotLocationEsi.READ_SHIP_TYPE, token -> ships.read(id, () -> esi.ship(id, token)))
                        .map(places::ship),
                reads.read(PilotLocationEsi.READ_ONLINE, token -> onlines.read(id, () -> esi.online(id, token))),
                reads.read(READ_SKILLS, token -> skillSets.read(id, () -> skills.skills(id, token)))
                        .map(set -> new SkillPoints(set.totalSp(), set.unallocatedSp())),
                lastSync(character));
    }

    /**
     * The corporation and alliance from the public profile; when another reader took ESI's answer before this
     * service saw one (a read before Expires has no body), from the uncached affiliation lookup. Null if both fail.
     */
    private Affiliation affiliation(CharacterId id) {
        CharacterPublicInfo profile = ScopedReads.part(() -> publicInfo.read(id, () -> profiles.info(id))).value();
        if (profile != null) {
            return new Affiliation(id, profile.corporationId(), profile.allianceId(), profile.factionId());
        }
        try {
            return profiles.affiliations(Set.of(id)).stream().findFirst().orElse(null);
        } catch (DomainException failed) {
            return null;
        }
    }

    private Instant lastSync(LinkedCharacter character) {
        return runnable.stream().filter(endpoint -> endpoint.ownerKind() == SyncEndpoint.OwnerKind.CHARACTER)
                .map(endpoint -> schedule.find(new SyncKey(endpoint, character.id().value())))
                .flatMap(Optional::stream).map(ScheduledSync::state)
                .map(SyncState::lastSuccess).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
    }
}
