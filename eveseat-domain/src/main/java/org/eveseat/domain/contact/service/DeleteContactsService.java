package org.eveseat.domain.contact.service;

import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
import org.eveseat.domain.contact.model.ContactOwner;
import org.eveseat.domain.contact.model.ContactRemoval;
import org.eveseat.domain.contact.port.in.DeleteContactsUseCase;
import org.eveseat.domain.contact.port.out.ContactEsi;
import org.eveseat.domain.contact.port.out.ContactRepository;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Viewer;

/** Deletes in EVE first; the stored contacts go only once ESI accepted. */
public class DeleteContactsService implements DeleteContactsUseCase {
    private final CharacterVisibilityQuery visibility;
    private final AccessTokenQuery accessTokens;
    private final ContactEsi esi;
    private final ContactRepository contacts;

    public DeleteContactsService(CharacterVisibilityQuery visibility, AccessTokenQuery accessTokens, ContactEsi esi,
                                 ContactRepository contacts) {
        this.visibility = visibility;
        this.accessTokens = accessTokens;
        this.esi = esi;
        this.contacts = contacts;
    }

    @Override
    public void delete(Viewer viewer, CharacterId characterId, ContactRemoval removal) {
        visibility.requireVisible(viewer, characterId);
        esi.delete(characterId, removal, accessTokens.accessTokenFor(characterId));
        contacts.delete(ContactOwner.of(characterId), removal.contactIds());
    }
}
