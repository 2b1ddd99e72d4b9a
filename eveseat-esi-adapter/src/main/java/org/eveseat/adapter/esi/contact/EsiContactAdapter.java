package org.eveseat.adapter.esi.contact;

import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eveseat.adapter.esi.common.EsiGateway;
import org.eveseat.adapter.esi.common.EsiJson;
import org.eveseat.adapter.esi.common.EsiRequest;
import org.eveseat.adapter.esi.common.EsiSettings;
import org.eveseat.adapter.esi.common.EsiTable;
import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.contact.model.Contact;
import org.eveseat.domain.contact.model.ContactChange;
import org.eveseat.domain.contact.model.ContactLabel;
import org.eveseat.domain.contact.model.ContactRemoval;
import org.eveseat.domain.contact.port.out.ContactEsi;
import org.eveseat.domain.shared.AllianceId;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.EsiResult;

/**
 * Contact lists over ESI: character, corporation and alliance lists (walked over all their X-Pages) with their
 * labels, each owner kind in its own rate-limit group, and the character edits. Adding is not retried, since
 * ESI answers only the ids it newly added; editing and deleting are, as they end in the same state.
 */
@ApplicationScoped
public class EsiContactAdapter implements ContactEsi {
    private static final Function<String, List<Contact>> CONTACTS =
            EsiJson.list(ContactDto.class, ContactMapper::contact);
    private static final Function<String, List<ContactLabel>> LABELS =
            EsiJson.list(ContactLabelDto.class, ContactMapper::label);

    private EsiTable esi;

    protected EsiContactAdapter() {
    }

    @Inject
    public EsiContactAdapter(EsiSettings settings, EsiGateway esi) {
        this.esi = new EsiTable(esi, settings);
    }

    @Override
    public EsiResult<List<Contact>> characterContacts(CharacterId characterId, AccessToken token) {
        return esi.readPages(owned("character", characterId.value(), "", token), CONTACTS);
    }

    @Override
    public EsiResult<List<ContactLabel>> characterLabels(CharacterId characterId, AccessToken token) {
        return esi.read(owned("character", characterId.value(), "/labels", token), LABELS);
    }

    @Override
    public EsiResult<List<Contact>> corporationContacts(CorporationId corporationId, AccessToken token) {
        return esi.readPages(owned("corporation", corporationId.value(), "", token), CONTACTS);
    }

    @Override
    public EsiResult<List<ContactLabel>> corporationLabels(CorporationId corporationId, AccessToken token) {
        return esi.read(owned("corporation", corporationId.value(), "/labels", token), LABELS);
    }

    /** Like corporation routes: the token's character is not known here, so the alliance stands for the bucket. */
    @Override
    public EsiResult<List<Contact>> allianceContacts(AllianceId allianceId, AccessToken token) {
        return esi.readPages(owned("alliance", allianceId.value(), "", token), CONTACTS);
    }

    @Override
    public EsiResult<List<ContactLabel>> allianceLabels(AllianceId allianceId, AccessToken token) {
        return esi.read(owned("alliance", allianceId.value(), "/labels", token), LABELS);
    }

    @Override
    public List<Long> add(CharacterId characterId, ContactChange change, AccessToken token) {
        return esi.call(change("POST", characterId, change, token), EsiJson.list(Long.class, Function.identity()));
    }

    @Override
    public void edit(CharacterId characterId, ContactChange change, AccessToken token) {
        esi.call(change("PUT", characterId, change, token), body -> null);
    }

    @Override
    public void delete(CharacterId characterId, ContactRemoval removal, AccessToken token) {
        esi.call(EsiRequest.of("DELETE /characters/{character_id}/contacts").with("character_id", characterId)
                .with("contact_ids", ContactMapper.ids(removal.contactIds())).token(token), body -> null);
    }

    /** Adding and editing take the same request: the ids in the body, the settings in the query. */
    private static EsiRequest change(String method, CharacterId characterId, ContactChange change, AccessToken token) {
        return EsiRequest.of(method + " /characters/{character_id}/contacts").with("character_id", characterId)
                .with("standing", change.standing().value()).with("label_ids", ContactMapper.ids(change.labelIds()))
                .with("watched", change.watched()).token(token).body(ContactMapper.ids(change.contactIds()));
    }

    /** {@code GET /characters|corporations|alliances/{owner_id}/contacts...} with a token that may read them. */
    private static EsiRequest owned(String owner, long id, String part, AccessToken token) {
        return EsiRequest.of("GET /" + owner + "s/{" + owner + "_id}/contacts" + part).with(owner + "_id", id)
                .token(token);
    }
}
