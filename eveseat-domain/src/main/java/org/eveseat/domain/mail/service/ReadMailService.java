package org.eveseat.domain.mail.service;

import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
import org.eveseat.domain.mail.model.Mail;
import org.eveseat.domain.mail.model.MailHeader;
import org.eveseat.domain.mail.model.SanitizedMail;
import org.eveseat.domain.mail.port.in.ReadMailUseCase;
import org.eveseat.domain.mail.port.out.MailBodySanitizer;
import org.eveseat.domain.mail.port.out.MailEsi;
import org.eveseat.domain.mail.port.out.MailRepository;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.UpstreamUnavailableException;
import org.eveseat.domain.shared.Viewer;

/**
 * Serves a stored mail with its body. Bodies are stored as ESI sent them and sanitized on the way out, never on
 * the way in: the raw body stays available to a stricter or better sanitizer.
 */
public class ReadMailService implements ReadMailUseCase {
    private final CharacterVisibilityQuery visibility;
    private final AccessTokenQuery accessTokens;
    private final MailEsi esi;
    private final MailRepository mail;
    private final MailBodySanitizer sanitizer;

    public ReadMailService(CharacterVisibilityQuery visibility, AccessTokenQuery accessTokens, MailEsi esi,
                           MailRepository mail, MailBodySanitizer sanitizer) {
        this.visibility = visibility;
        this.accessTokens = accessTokens;
        this.esi = esi;
        this.mail = mail;
        this.sanitizer = sanitizer;
    }

    @Override
    public SanitizedMail read(Viewer viewer, CharacterId characterId, long mailId) {
        Mailboxes.requireVisible(visibility, viewer, characterId);
        MailHeader header = mail.find(characterId, mailId)
                .orElseThrow(() -> Mailboxes.mailNotFound(characterId, mailId));
        String body = mail.body(characterId, mailId).orElseGet(() -> fetchBody(characterId, mailId));
        return new SanitizedMail(header, sanitizer.sanitize(body));
    }

    private String fetchBody(CharacterId characterId, long mailId) {
        EsiResult<Mail> result = esi.mail(characterId, mailId, accessTokens.accessTokenFor(characterId));
        if (result instanceof EsiResult.Fresh<Mail> fresh) {
            mail.saveBody(characterId, mailId, fresh.value().body());
            return fresh.value().body();
        }
        throw new UpstreamUnavailableException("ESI did not send the body of mail " + mailId
                + "; try again after " + result.expires());
    }
}
