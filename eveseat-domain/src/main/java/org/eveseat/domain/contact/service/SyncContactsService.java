package org.eveseat.domain.contact.service;

import java.time.Clock;

import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.contact.model.ContactOwner;
import org.eveseat.domain.contact.port.in.SyncContactsUseCase;
import org.eveseat.domain.contact.port.out.ContactEsi;
import org.eveseat.domain.contact.port.out.ContactRepository;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.SyncOutcome;

/** Syncs a character's contact labels and contacts with the character's own token. */
public class SyncContactsService implements SyncContactsUseCase {
    private final ContactEsi esi;
    private final ContactListSync lists;

    public SyncContactsService(AccessTokenQuery accessTokens, ContactEsi esi, ContactRepository contacts,
                               Clock clock) {
        this.esi = esi;
        this.lists = new ContactListSync(accessTokens, contacts, clock);
    }

    @Override
    public SyncOutcome sync(CharacterId characterId) {
        return lists.sync(ContactOwner.of(characterId), characterId,
                token -> esi.characterLabels(characterId, token),
                token -> esi.characterContacts(characterId, token));
    }
}
