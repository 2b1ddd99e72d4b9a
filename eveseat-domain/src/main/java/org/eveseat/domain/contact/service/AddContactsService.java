package org.eveseat.domain.contact.service;

import java.util.List;

import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
import org.eveseat.domain.contact.model.ContactChange;
import org.eveseat.domain.contact.model.ContactOwner;
import org.eveseat.domain.contact.port.in.AddContactsUseCase;
import org.eveseat.domain.contact.port.out.ContactEsi;
import org.eveseat.domain.contact.port.out.ContactRepository;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Viewer;

/**
 * Adds in EVE first; only the contacts ESI says it added are stored, so ids that were already contacts keep
 * their stored settings, as they keep them in EVE.
 */
public class AddContactsService implements AddContactsUseCase {
    private final CharacterVisibilityQuery visibility;
    private final AccessTokenQuery accessTokens;
    private final ContactEsi esi;
    private final ContactRepository contacts;

    public AddContactsService(CharacterVisibilityQuery visibility, AccessTokenQuery accessTokens, ContactEsi esi,
                              ContactRepository contacts) {
        this.visibility = visibility;
        this.accessTokens = accessTokens;
        this.esi = esi;
        this.contacts = contacts;
    }

    @Override
    public List<Long> add(Viewer viewer, CharacterId characterId, ContactChange change) {
        visibility.requireVisible(viewer, characterId);
        List<Long> added = esi.add(characterId, change, accessTokens.accessTokenFor(characterId));
        contacts.save(ContactOwner.of(characterId), added.stream().map(change::contact).toList());
        return added;
    }
}
