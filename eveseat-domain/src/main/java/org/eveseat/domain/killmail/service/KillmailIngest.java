package org.eveseat.domain.killmail.service;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.character.model.TokenInvalidException;
import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.event.port.out.EventPublisher;
import org.eveseat.domain.killmail.model.Killmail;
import org.eveseat.domain.killmail.model.KillmailWitness;
import org.eveseat.domain.killmail.port.out.KillmailEsi;
import org.eveseat.domain.killmail.port.out.KillmailRepository;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.DomainException;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.KillmailRef;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.shared.SyncOutcome;
import org.eveseat.domain.shared.SyncOutcome.Status;
import org.eveseat.domain.universe.model.SystemPlace;

/**
 * One sync of one witness's recent killmails. The references are stored first; then every pending one (new ones,
 * and ones an earlier sync did not finish) is fetched and stored, once for all witnesses, and announced by the
 * call that stored it. A transient failure ends the sync with the rest still pending; a reference ESI refuses
 * (unknown id or hash) stays pending and is named in the outcome.
 */
final class KillmailIngest {
    static final Duration RETRY_AFTER_FAILURE = Duration.ofMinutes(5);

    private final AccessTokenQuery accessTokens;
    private final KillmailEsi esi;
    private final KillmailRepository killmails;
    private final KillmailNames names;
    private final EventPublisher events;
    private final Clock clock;

    KillmailIngest(AccessTokenQuery accessTokens, KillmailEsi esi, KillmailRepository killmails, KillmailNames names,
                   EventPublisher events, Clock clock) {
        this.accessTokens = accessTokens;
        this.esi = esi;
        this.killmails = killmails;
        this.names = names;
        this.events = events;
        this.clock = clock;
    }

    /** Never throws: a revoked token or a failed call becomes the outcome. */
    SyncOutcome sync(KillmailWitness witness, CharacterId tokenOf,
                     Function<AccessToken, EsiResult<List<KillmailRef>>> recent) {
        try {
            EsiResult<List<KillmailRef>> listed = recent.apply(accessTokens.accessTokenFor(tokenOf));
            boolean stored = listed.storeIfFresh(refs -> killmails.saveSeen(witness, refs, clock.instant()));
            List<String> refused = new ArrayList<>();
            for (KillmailRef ref : killmails.pending(witness)) {
                stored |= fetch(ref, refused);
            }
            SyncOutcome outcome = SyncOutcome.afterReads(stored, listed);
            return refused.isEmpty() ? outcome : new SyncOutcome(outcome.status(), outcome.nextDue(),
                    "ESI refused killmails " + String.join("; ", refused));
        } catch (TokenInvalidException e) {
            return new SyncOutcome(Status.TOKEN_INVALID, null, e.getMessage());
        } catch (DomainException e) {
            return SyncOutcome.failed(e, clock.instant().plus(RETRY_AFTER_FAILURE));
        }
    }

    private boolean fetch(KillmailRef ref, List<String> refused) {
        try {
            return esi.killmail(ref) instanceof EsiResult.Fresh<Killmail> fresh && store(fresh.value());
        } catch (NotFoundException | RuleViolationException e) {
            refused.add(ref.killmailId() + ": " + e.getMessage());
            return false;
        }
    }

    private boolean store(Killmail killmail) {
        SystemPlace place = names.place(killmail.solarSystemId());
        if (!killmails.save(killmail, place.regionId())) {
            return false;
        }
        try {
            events.publish(KillmailEvents.stored(killmail, place, names.typeName(killmail.victim().shipTypeId()),
                    killmails.accountsThatSaw(killmail.killmailId()), clock.instant()));
        } catch (RuntimeException e) {
            // a lost push costs a client a refresh; the killmail is stored
        }
        return true;
    }
}
