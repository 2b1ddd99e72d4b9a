package org.eveseat.domain.character.port.in;

import java.util.List;

import org.eveseat.domain.shared.CharacterId;

/** Characters a sync may run for: valid token holding the scope the ESI endpoint needs. */
public interface SyncableCharactersQuery {
    List<CharacterId> withScope(String scope);
}
