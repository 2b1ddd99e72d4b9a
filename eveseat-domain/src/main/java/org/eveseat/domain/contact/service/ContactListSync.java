package org.eveseat.domain.contact.service;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.character.model.TokenInvalidException;
import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.contact.model.Contact;
import org.eveseat.domain.contact.model.ContactLabel;
import org.eveseat.domain.contact.model.ContactOwner;
import org.eveseat.domain.contact.port.out.ContactRepository;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.DomainException;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.SyncOutcome;
import org.eveseat.domain.shared.SyncOutcome.Status;

/**
 * One sync of one contact list, whoever owns it: labels first, then the list, each replaced only when ESI sent it
 * anew. A failure leaves what is stored as it was. The next sync is due when the list's cache expires.
 */
final class ContactListSync {
    static final Duration RETRY_AFTER_FAILURE = Duration.ofMinutes(5);

    private final AccessTokenQuery accessTokens;
    private final ContactRepository contacts;
    private final Clock clock;

    ContactListSync(AccessTokenQuery accessTokens, ContactRepository contacts, Clock clock) {
        this.accessTokens = accessTokens;
        this.contacts = contacts;
        this.clock = clock;
    }

    SyncOutcome sync(ContactOwner owner, CharacterId reader,
                     Function<AccessToken, EsiResult<List<ContactLabel>>> labels,
                     Function<AccessToken, EsiResult<List<Contact>>> list) {
        try {
            AccessToken token = accessTokens.accessTokenFor(reader);
            boolean stored = labels.apply(token).storeIfFresh(fresh -> contacts.replaceLabels(owner, fresh));
            EsiResult<List<Contact>> result = list.apply(token);
            stored |= result.storeIfFresh(fresh -> contacts.replaceContacts(owner, fresh));
            return SyncOutcome.afterReads(stored, result);
        } catch (TokenInvalidException e) {
            return new SyncOutcome(Status.TOKEN_INVALID, null, e.getMessage());
        } catch (DomainException e) {
            return SyncOutcome.failed(e, clock.instant().plus(RETRY_AFTER_FAILURE));
        }
    }
}
