package org.eveseat.domain.character.service;

import java.util.Comparator;
import java.util.List;
import org.eveseat.domain.character.model.LinkedCharacter;
import org.eveseat.domain.character.model.PilotWhereabouts;
import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.character.port.in.PilotLocationsQuery;
import org.eveseat.domain.character.port.out.CharacterRepository;
import org.eveseat.domain.character.port.out.PilotLocationEsi;
import org.eveseat.domain.shared.Viewer;

/**
 * The star map's character layer: the viewer's own characters by name, each with where ESI says it is now, or
 * the scope to grant, or why ESI could not say. Never another account's characters, whoever asks.
 */
public class PilotLocationsService implements PilotLocationsQuery {
    private final CharacterRepository characters;
    private final AccessTokenQuery tokens;
    private final PilotLocationReads reads;

    PilotLocationsService(CharacterRepository characters, AccessTokenQuery tokens, PilotLocationReads reads) {
        this.characters = characters;
        this.tokens = tokens;
        this.reads = reads;
    }

    @Override
    public List<PilotWhereabouts> locations(Viewer viewer) {
        return characters.findByOwner(viewer.accountId()).stream()
                .sorted(Comparator.comparing(LinkedCharacter::name, String.CASE_INSENSITIVE_ORDER))
                .map(character -> new PilotWhereabouts(
                        character.id(),
                        character.name(),
                        new ScopedReads(character, tokens)
                                .read(PilotLocationEsi.READ_LOCATION, token -> reads.read(character, token))))
                .toList();
    }
}
