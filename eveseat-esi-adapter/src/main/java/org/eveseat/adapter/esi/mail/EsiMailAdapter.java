package org.eveseat.adapter.esi.mail;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eveseat.adapter.esi.common.dto.CharactersCharacterIdMailLists;
import org.eveseat.adapter.esi.common.EsiGateway;
import org.eveseat.adapter.esi.common.EsiJson;
import org.eveseat.adapter.esi.common.EsiRequest;
import org.eveseat.adapter.esi.common.EsiSettings;
import org.eveseat.adapter.esi.common.EsiTable;
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
    private EsiTable esi;

    protected EsiMailAdapter() {
    }

    @Inject
    public EsiMailAdapter(EsiSettings settings, EsiGateway esi) {
        this.esi = new EsiTable(esi, settings);
    }

    @Override
    public EsiResult<List<MailHeader>> headers(CharacterId characterId, MailFilter filter, AccessToken token) {
        Long before = filter.beforeMailId() == 0 ? null : filter.beforeMailId();
        return esi.read(mail("GET", "", characterId, token).with("labels", filter.labelIds().stream().sorted().toList())
                .with("last_mail_id", before), EsiJson.one(MailHeaderDto[].class, MailMapper::headers));
    }

    @Override
    public EsiResult<Mail> mail(CharacterId characterId, long mailId, AccessToken token) {
        return esi.read(mail("GET", "/{mail_id}", characterId, token).with("mail_id", mailId),
                EsiJson.one(MailDto.class, dto -> MailMapper.mail(mailId, dto)));
    }

    /** Not repeated on a lost answer (POST): the mail may have gone out. */
    @Override
    public long send(CharacterId characterId, OutgoingMail mail, AccessToken token) {
        return esi.call(mail("POST", "", characterId, token).body(MailMapper.outgoing(mail)), EsiMailAdapter::createdId);
    }

    /** PUT and DELETE leave the same state however often they run, so the gateway may retry them. */
    @Override
    public void update(CharacterId characterId, long mailId, MailUpdate update, AccessToken token) {
        esi.call(mail("PUT", "/{mail_id}", characterId, token).with("mail_id", mailId).body(MailMapper.update(update)),
                body -> null);
    }

    @Override
    public void delete(CharacterId characterId, long mailId, AccessToken token) {
        esi.call(mail("DELETE", "/{mail_id}", characterId, token).with("mail_id", mailId), body -> null);
    }

    @Override
    public EsiResult<MailLabels> labels(CharacterId characterId, AccessToken token) {
        return esi.read(mail("GET", "/labels", characterId, token), EsiJson.one(MailLabelsDto.class, MailMapper::labels));
    }

    /** Not idempotent either: a retry would create a second label of the same name. */
    @Override
    public long createLabel(CharacterId characterId, NewMailLabel label, AccessToken token) {
        return esi.call(mail("POST", "/labels", characterId, token).body(MailMapper.newLabel(label)),
                EsiMailAdapter::createdId);
    }

    @Override
    public void deleteLabel(CharacterId characterId, long labelId, AccessToken token) {
        esi.call(mail("DELETE", "/labels/{label_id}", characterId, token).with("label_id", labelId), body -> null);
    }

    @Override
    public EsiResult<List<MailingList>> mailingLists(CharacterId characterId, AccessToken token) {
        return esi.read(mail("GET", "/lists", characterId, token),
                EsiJson.list(CharactersCharacterIdMailLists.class, MailMapper::mailingList));
    }

    /** ESI answers a POST with the new id as a bare JSON number. */
    private static long createdId(String body) {
        return Long.parseLong(body.trim());
    }

    private static EsiRequest mail(String method, String part, CharacterId characterId, AccessToken token) {
        return EsiRequest.of(method + " /characters/{character_id}/mail" + part).with("character_id", characterId)
                .token(token);
    }
}
