package org.eveseat.domain.character.port.out;

import java.util.List;
import java.util.Set;

import org.eveseat.domain.character.model.Affiliation;
import org.eveseat.domain.character.model.CharacterPublicInfo;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.EsiResult;

/**
 * What ESI tells anyone about a character: its public profile, and the corporation, alliance and faction of many
 * characters at once, which is how EVESeat notices members joining and leaving corporations.
 */
public interface CharacterPublicEsi {
    EsiResult<CharacterPublicInfo> info(CharacterId characterId);

    /**
     * ESI answers this POST uncached, so the result is plain; the implementation splits the ids into ESI's batches
     * of 1000.
     */
    List<Affiliation> affiliations(Set<CharacterId> characterIds);
}
