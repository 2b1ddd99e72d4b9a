package org.eveseat.domain.killmail.service;

import java.time.Clock;

import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.event.port.out.EventPublisher;
import org.eveseat.domain.killmail.model.KillmailWitness;
import org.eveseat.domain.killmail.port.in.SyncKillmailsUseCase;
import org.eveseat.domain.killmail.port.out.KillmailEsi;
import org.eveseat.domain.killmail.port.out.KillmailRepository;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.SyncOutcome;
import org.eveseat.domain.universe.port.out.SolarSystemCatalogue;
import org.eveseat.domain.universe.port.out.TypeNameCatalogue;

/** Syncs a character's recent killmails with its own token; the next sync is due when ESI's list expires. */
public class SyncKillmailsService implements SyncKillmailsUseCase {
    private final KillmailEsi esi;
    private final KillmailIngest ingest;

    public SyncKillmailsService(AccessTokenQuery accessTokens, KillmailEsi esi, KillmailRepository killmails,
                                TypeNameCatalogue types, SolarSystemCatalogue systems, EventPublisher events,
                                Clock clock) {
        this.esi = esi;
        this.ingest = new KillmailIngest(accessTokens, esi, killmails, new KillmailNames(types, systems), events,
                clock);
    }

    @Override
    public SyncOutcome sync(CharacterId characterId) {
        return ingest.sync(KillmailWitness.of(characterId), characterId,
                token -> esi.characterRecent(characterId, token));
    }
}
