package org.eveseat.adapter.esi.mail;

import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import org.eveseat.adapter.esi.common.EsiGateway;
import org.eveseat.adapter.esi.common.EsiJson;
import org.eveseat.adapter.esi.common.EsiOperation;
import org.eveseat.adapter.esi.common.EsiSettings;
import org.eveseat.adapter.esi.common.RestClients;
import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.mail.model.Mail;
import org.eveseat.domain.mail.model.MailFilter;
import org.eveseat.domain.mail.model.MailHeader;
import org.eveseat.domain.mail.model.MailLabels;
import org.eveseat.domain.mail.model.MailUpdate;
import org.eveseat.domain.mail.model.MailingList;
import org.eveseat.domain.mail.model.NewMailLabel;
import org.eveseat.domain.mail.model.OutgoingMail;
import org.eveseat.domain.mail.port.out.MailEsi;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.EsiResult;

/**
 * A character's EVE mail over ESI's mail routes, all in the {@code char-social} rate-limit group. The inbox is
 * read one 50-header batch per cursor position, each position cached on its own; sending is never retried
 * because a retry could deliver the mail twice, and a CSPA charge above the approved cost comes back from ESI as
 * a 520, which the gateway reports as a conflict carrying ESI's text.
 */
@ApplicationScoped
public class EsiMailAdapter implements MailEsi {
    static final String GROUP = "char-social";

    private EsiMailClient client;
    private EsiGateway esi;

    protected EsiMailAdapter() {
    }

    @Inject
    public EsiMailAdapter(EsiSettings settings, EsiGateway esi) {
        this.client = RestClients.build(EsiMailClient.class, settings.baseUrl(), settings);
        this.esi = esi;
    }

    @Override
    public EsiResult<List<MailHeader>> headers(CharacterId characterId, MailFilter filter, AccessToken token) {
        List<Long> labels = filter.labelIds().isEmpty() ? null : filter.labelIds().stream().sorted().toList();
        Long before = filter.beforeMailId() == 0 ? null : filter.beforeMailId();
        var op = operation(characterId, "/mail" + MailMapper.query(labels, before));
        return esi.read(op, etag -> client.headers(characterId.value(), labels, before, EsiJson.bearer(token), etag),
                EsiJson.one(MailHeaderDto[].class, MailMapper::headers));
    }

    @Override
    public EsiResult<Mail> mail(CharacterId characterId, long mailId, AccessToken token) {
        return esi.read(operation(characterId, "/mail/" + mailId),
                etag -> client.mail(characterId.value(), mailId, EsiJson.bearer(token), etag),
                EsiJson.one(MailDto.class, dto -> MailMapper.mail(mailId, dto)));
    }

    @Override
    public long send(CharacterId characterId, OutgoingMail mail, AccessToken token) {
        String body = EsiJson.write(MailMapper.outgoing(mail));
        return esi.call(operation(characterId, "/mail"), false,
                () -> client.send(characterId.value(), EsiJson.bearer(token), body), EsiMailAdapter::createdId);
    }

    @Override
    public void update(CharacterId characterId, long mailId, MailUpdate update, AccessToken token) {
        String body = EsiJson.write(MailMapper.update(update));
        write(characterId, "/mail/" + mailId, () -> client.update(characterId.value(), mailId,
                EsiJson.bearer(token), body));
    }

    @Override
    public void delete(CharacterId characterId, long mailId, AccessToken token) {
        write(characterId, "/mail/" + mailId, () -> client.delete(characterId.value(), mailId, EsiJson.bearer(token)));
    }

    @Override
    public EsiResult<MailLabels> labels(CharacterId characterId, AccessToken token) {
        return esi.read(operation(characterId, "/mail/labels"),
                etag -> client.labels(characterId.value(), EsiJson.bearer(token), etag),
                EsiJson.one(MailLabelsDto.class, MailMapper::labels));
    }

    @Override
    public long createLabel(CharacterId characterId, NewMailLabel label, AccessToken token) {
        String body = EsiJson.write(MailMapper.newLabel(label));
        // not idempotent either: a retry would create a second label of the same name
        return esi.call(operation(characterId, "/mail/labels"), false,
                () -> client.createLabel(characterId.value(), EsiJson.bearer(token), body), EsiMailAdapter::createdId);
    }

    @Override
    public void deleteLabel(CharacterId characterId, long labelId, AccessToken token) {
        write(characterId, "/mail/labels/" + labelId,
                () -> client.deleteLabel(characterId.value(), labelId, EsiJson.bearer(token)));
    }

    @Override
    public EsiResult<List<MailingList>> mailingLists(CharacterId characterId, AccessToken token) {
        return esi.read(operation(characterId, "/mail/lists"),
                etag -> client.mailingLists(characterId.value(), EsiJson.bearer(token), etag),
                EsiJson.list(MailingListDto.class, MailMapper::mailingList));
    }

    /** PUT and DELETE leave the same state however often they run, so the gateway may retry them. */
    private void write(CharacterId characterId, String path, Supplier<Response> call) {
        esi.call(operation(characterId, path), true, call, body -> null);
    }

    /** ESI answers a POST with the new id as a bare JSON number. */
    private static long createdId(String body) {
        return Long.parseLong(body.trim());
    }

    private static EsiOperation operation(CharacterId characterId, String path) {
        return EsiOperation.authed("/characters/" + characterId + path, GROUP, characterId);
    }
}
