package org.eveseat.domain.contact.service;

import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
import org.eveseat.domain.contact.model.ContactChange;
import org.eveseat.domain.contact.model.ContactOwner;
import org.eveseat.domain.contact.port.in.EditContactsUseCase;
import org.eveseat.domain.contact.port.out.ContactEsi;
import org.eveseat.domain.contact.port.out.ContactRepository;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Viewer;

/** Changes EVE first and the stored list only once ESI accepted, so it never shows a change EVE refused. */
public class EditContactsService implements EditContactsUseCase {
    private final CharacterVisibilityQuery visibility;
    private final AccessTokenQuery accessTokens;
    private final ContactEsi esi;
    private final ContactRepository contacts;

    public EditContactsService(CharacterVisibilityQuery visibility, AccessTokenQuery accessTokens, ContactEsi esi,
                               ContactRepository contacts) {
        this.visibility = visibility;
        this.accessTokens = accessTokens;
        this.esi = esi;
        this.contacts = contacts;
    }

    @Override
    public void edit(Viewer viewer, CharacterId characterId, ContactChange change) {
        visibility.requireVisible(viewer, characterId);
        esi.edit(characterId, change, accessTokens.accessTokenFor(characterId));
        contacts.edit(ContactOwner.of(characterId), change);
    }
}
