package org.eveseat.domain.killmail.service;

import java.time.Clock;

import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.event.port.out.EventPublisher;
import org.eveseat.domain.killmail.model.KillmailWitness;
import org.eveseat.domain.killmail.port.in.SyncCorporationKillmailsUseCase;
import org.eveseat.domain.killmail.port.out.KillmailEsi;
import org.eveseat.domain.killmail.port.out.KillmailRepository;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.SyncOutcome;
import org.eveseat.domain.universe.port.out.SolarSystemCatalogue;
import org.eveseat.domain.universe.port.out.TypeNameCatalogue;

/**
 * Syncs a corporation's recent killmails with a member's token. ESI checks the member's Director role itself; its
 * 403 comes back as a FAILED outcome naming the refusal, which the schedule shows.
 */
public class SyncCorporationKillmailsService implements SyncCorporationKillmailsUseCase {
    private final KillmailEsi esi;
    private final KillmailIngest ingest;

    public SyncCorporationKillmailsService(AccessTokenQuery accessTokens, KillmailEsi esi,
                                           KillmailRepository killmails, TypeNameCatalogue types,
                                           SolarSystemCatalogue systems, EventPublisher events, Clock clock) {
        this.esi = esi;
        this.ingest = new KillmailIngest(accessTokens, esi, killmails, new KillmailNames(types, systems), events,
                clock);
    }

    @Override
    public SyncOutcome sync(CorporationId corporationId, CharacterId viaCharacterId) {
        return ingest.sync(KillmailWitness.of(corporationId), viaCharacterId,
                token -> esi.corporationRecent(corporationId, token));
    }
}
