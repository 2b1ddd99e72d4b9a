package org.eveseat.domain.contact.port.out;

import java.util.List;

import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.contact.model.Contact;
import org.eveseat.domain.contact.model.ContactChange;
import org.eveseat.domain.contact.model.ContactLabel;
import org.eveseat.domain.contact.model.ContactRemoval;
import org.eveseat.domain.shared.AllianceId;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.EsiResult;

/**
 * Contact lists and their labels on ESI, for characters, corporations and alliances, and the edits ESI allows on
 * a character's list. Corporation and alliance lists are read with the token of a member holding the scope.
 * Contact lists come back whole (the implementation walks all pages).
 */
public interface ContactEsi {
    EsiResult<List<Contact>> characterContacts(CharacterId characterId, AccessToken token);

    EsiResult<List<ContactLabel>> characterLabels(CharacterId characterId, AccessToken token);

    EsiResult<List<Contact>> corporationContacts(CorporationId corporationId, AccessToken token);

    EsiResult<List<ContactLabel>> corporationLabels(CorporationId corporationId, AccessToken token);

    EsiResult<List<Contact>> allianceContacts(AllianceId allianceId, AccessToken token);

    EsiResult<List<ContactLabel>> allianceLabels(AllianceId allianceId, AccessToken token);

    /** @return the ids of the contacts ESI added */
    List<Long> add(CharacterId characterId, ContactChange change, AccessToken token);

    void edit(CharacterId characterId, ContactChange change, AccessToken token);

    void delete(CharacterId characterId, ContactRemoval removal, AccessToken token);
}
