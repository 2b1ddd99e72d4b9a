package org.eveseat.adapter.esi.contact;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import org.eveseat.adapter.esi.common.EsiGateway;
import org.eveseat.adapter.esi.common.EsiJson;
import org.eveseat.adapter.esi.common.EsiOperation;
import org.eveseat.adapter.esi.common.EsiSettings;
import org.eveseat.adapter.esi.common.RestClients;
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
    static final String CHARACTER_GROUP = "char-social";
    static final String CORPORATION_GROUP = "corp-social";
    static final String ALLIANCE_GROUP = "alliance-social";

    private EsiContactClient client;
    private EsiGateway esi;

    protected EsiContactAdapter() {
    }

    @Inject
    public EsiContactAdapter(EsiSettings settings, EsiGateway esi) {
        this.client = RestClients.build(EsiContactClient.class, settings.baseUrl(), settings);
        this.esi = esi;
    }

    @Override
    public EsiResult<List<Contact>> characterContacts(CharacterId characterId, AccessToken token) {
        return contacts(character(characterId, "/contacts"),
                (page, etag) -> client.characterContacts(characterId.value(), page, EsiJson.bearer(token), etag));
    }

    @Override
    public EsiResult<List<ContactLabel>> characterLabels(CharacterId characterId, AccessToken token) {
        return labels(character(characterId, "/contacts/labels"),
                etag -> client.characterLabels(characterId.value(), EsiJson.bearer(token), etag));
    }

    @Override
    public EsiResult<List<Contact>> corporationContacts(CorporationId corporationId, AccessToken token) {
        return contacts(corporation(corporationId, "/contacts"),
                (page, etag) -> client.corporationContacts(corporationId.value(), page, EsiJson.bearer(token), etag));
    }

    @Override
    public EsiResult<List<ContactLabel>> corporationLabels(CorporationId corporationId, AccessToken token) {
        return labels(corporation(corporationId, "/contacts/labels"),
                etag -> client.corporationLabels(corporationId.value(), EsiJson.bearer(token), etag));
    }

    @Override
    public EsiResult<List<Contact>> allianceContacts(AllianceId allianceId, AccessToken token) {
        return contacts(alliance(allianceId, "/contacts"),
                (page, etag) -> client.allianceContacts(allianceId.value(), page, EsiJson.bearer(token), etag));
    }

    @Override
    public EsiResult<List<ContactLabel>> allianceLabels(AllianceId allianceId, AccessToken token) {
        return labels(alliance(allianceId, "/contacts/labels"),
                etag -> client.allianceLabels(allianceId.value(), EsiJson.bearer(token), etag));
    }

    @Override
    public List<Long> add(CharacterId characterId, ContactChange change, AccessToken token) {
        return change(characterId, change, token, client::add, false, EsiJson.list(Long.class, Function.identity()));
    }

    @Override
    public void edit(CharacterId characterId, ContactChange change, AccessToken token) {
        change(characterId, change, token, client::edit, true, body -> null);
    }

    @Override
    public void delete(CharacterId characterId, ContactRemoval removal, AccessToken token) {
        esi.call(character(characterId, "/contacts"), true, () -> client.delete(characterId.value(),
                ContactMapper.ids(removal.contactIds()), EsiJson.bearer(token)), body -> null);
    }

    /** Adding and editing take the same request: the ids in the body, the settings in the query. */
    private <T> T change(CharacterId characterId, ContactChange change, AccessToken token, ChangeCall call,
                         boolean idempotent, Function<String, T> parse) {
        String ids = EsiJson.write(ContactMapper.ids(change.contactIds()));
        return esi.call(character(characterId, "/contacts"), idempotent, () -> call.send(characterId.value(),
                change.standing().value(), ContactMapper.ids(change.labelIds()), change.watched(),
                EsiJson.bearer(token), ids), parse);
    }

    private EsiResult<List<Contact>> contacts(EsiOperation op, BiFunction<Integer, String, Response> page) {
        return esi.readPages(op, page, EsiJson.list(ContactDto.class, ContactMapper::contact));
    }

    private EsiResult<List<ContactLabel>> labels(EsiOperation op, Function<String, Response> call) {
        return esi.read(op, call, EsiJson.list(ContactLabelDto.class, ContactMapper::label));
    }

    private static EsiOperation character(CharacterId characterId, String path) {
        return EsiOperation.authed("/characters/" + characterId + path, CHARACTER_GROUP, characterId);
    }

    private static EsiOperation corporation(CorporationId corporationId, String path) {
        return EsiOperation.corporation("/corporations/" + corporationId + path, CORPORATION_GROUP, corporationId);
    }

    /** Like corporation routes: the token's character is not known here, so the alliance stands for the bucket. */
    private static EsiOperation alliance(AllianceId allianceId, String path) {
        return EsiOperation.owned("/alliances/" + allianceId + path, ALLIANCE_GROUP, "alliance", allianceId.value());
    }

    private interface ChangeCall {
        Response send(long characterId, double standing, List<Long> labelIds, boolean watched, String authorization,
                      String contactIds);
    }
}
