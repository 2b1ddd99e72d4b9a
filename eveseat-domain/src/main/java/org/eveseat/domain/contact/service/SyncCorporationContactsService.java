package org.eveseat.domain.contact.service;

import java.time.Clock;

import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.contact.model.ContactOwner;
import org.eveseat.domain.contact.port.in.SyncCorporationContactsUseCase;
import org.eveseat.domain.contact.port.out.ContactEsi;
import org.eveseat.domain.contact.port.out.ContactRepository;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.SyncOutcome;

/** Syncs a corporation's contact labels and contacts with the token of the member the schedule picked. */
public class SyncCorporationContactsService implements SyncCorporationContactsUseCase {
    private final ContactEsi esi;
    private final ContactListSync lists;

    public SyncCorporationContactsService(AccessTokenQuery accessTokens, ContactEsi esi, ContactRepository contacts,
                                          Clock clock) {
        this.esi = esi;
        this.lists = new ContactListSync(accessTokens, contacts, clock);
    }

    @Override
    public SyncOutcome sync(CorporationId corporationId, CharacterId member) {
        return lists.sync(ContactOwner.of(corporationId), member,
                token -> esi.corporationLabels(corporationId, token),
                token -> esi.corporationContacts(corporationId, token));
    }
}
