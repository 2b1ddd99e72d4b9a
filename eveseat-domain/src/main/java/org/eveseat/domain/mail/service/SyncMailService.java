package org.eveseat.domain.mail.service;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.event.port.out.EventPublisher;
import org.eveseat.domain.character.model.TokenInvalidException;
import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.mail.model.MailFilter;
import org.eveseat.domain.mail.model.MailHeader;
import org.eveseat.domain.mail.port.in.SyncMailUseCase;
import org.eveseat.domain.mail.port.out.MailEsi;
import org.eveseat.domain.mail.port.out.MailRepository;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.DomainException;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.SyncOutcome;
import org.eveseat.domain.shared.SyncOutcome.Status;

/**
 * Syncs labels, mailing lists and headers, in that order, each stored only when ESI sent new data. Bodies are not
 * synced: they are fetched when first read. The next sync is due when the newest header batch expires.
 */
public class SyncMailService implements SyncMailUseCase {
    static final Duration RETRY_AFTER_FAILURE = Duration.ofMinutes(5);

    private final AccessTokenQuery accessTokens;
    private final MailEsi esi;
    private final MailRepository mail;
    private final HeaderWalk headers;
    private final Clock clock;

    public SyncMailService(AccessTokenQuery accessTokens, MailEsi esi, MailRepository mail, EventPublisher events,
                           Clock clock) {
        this.accessTokens = accessTokens;
        this.esi = esi;
        this.mail = mail;
        this.headers = new HeaderWalk(esi, mail, events, clock);
        this.clock = clock;
    }

    @Override
    public SyncOutcome sync(CharacterId characterId) {
        try {
            AccessToken token = accessTokens.accessTokenFor(characterId);
            boolean stored = esi.labels(characterId, token)
                    .storeIfFresh(labels -> mail.saveLabels(characterId, labels));
            stored |= esi.mailingLists(characterId, token)
                    .storeIfFresh(lists -> mail.saveMailingLists(characterId, lists));
            EsiResult<List<MailHeader>> newest = esi.headers(characterId, MailFilter.newest(), token);
            stored |= headers.walk(characterId, newest, token);
            return SyncOutcome.afterReads(stored, newest);
        } catch (TokenInvalidException e) {
            return new SyncOutcome(Status.TOKEN_INVALID, null, e.getMessage());
        } catch (DomainException e) {
            return SyncOutcome.failed(e, clock.instant().plus(RETRY_AFTER_FAILURE));
        }
    }
}
