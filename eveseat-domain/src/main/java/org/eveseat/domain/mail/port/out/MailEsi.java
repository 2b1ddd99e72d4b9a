package org.eveseat.domain.mail.port.out;

import java.util.List;

import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.mail.model.Mail;
import org.eveseat.domain.mail.model.MailFilter;
import org.eveseat.domain.mail.model.MailHeader;
import org.eveseat.domain.mail.model.MailLabels;
import org.eveseat.domain.mail.model.MailUpdate;
import org.eveseat.domain.mail.model.MailingList;
import org.eveseat.domain.mail.model.NewMailLabel;
import org.eveseat.domain.mail.model.OutgoingMail;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.EsiResult;

/**
 * A character's EVE mail on ESI: reading the inbox, sending, organising with labels. Reads honour ESI's cache
 * (Expires, ETag) and report it in the result; writes return the id ESI created, if any.
 */
public interface MailEsi {
    /** One batch of up to 50 headers, newest first; page back with {@link MailFilter#before(long)}. */
    EsiResult<List<MailHeader>> headers(CharacterId characterId, MailFilter filter, AccessToken token);

    EsiResult<Mail> mail(CharacterId characterId, long mailId, AccessToken token);

    /** @return the id of the sent mail */
    long send(CharacterId characterId, OutgoingMail mail, AccessToken token);

    void update(CharacterId characterId, long mailId, MailUpdate update, AccessToken token);

    void delete(CharacterId characterId, long mailId, AccessToken token);

    EsiResult<MailLabels> labels(CharacterId characterId, AccessToken token);

    /** @return the id of the new label */
    long createLabel(CharacterId characterId, NewMailLabel label, AccessToken token);

    void deleteLabel(CharacterId characterId, long labelId, AccessToken token);

    EsiResult<List<MailingList>> mailingLists(CharacterId characterId, AccessToken token);
}
