package org.eveseat.domain.mail.service;

import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
import org.eveseat.domain.mail.model.MailUpdate;
import org.eveseat.domain.mail.port.in.UpdateMailUseCase;
import org.eveseat.domain.mail.port.out.MailEsi;
import org.eveseat.domain.mail.port.out.MailRepository;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.Viewer;

/** Changes EVE first and the stored copy only once ESI accepted, so the copy never shows a change EVE refused. */
public class UpdateMailService implements UpdateMailUseCase {
    private final CharacterVisibilityQuery visibility;
    private final AccessTokenQuery accessTokens;
    private final MailEsi esi;
    private final MailRepository mail;

    public UpdateMailService(CharacterVisibilityQuery visibility, AccessTokenQuery accessTokens, MailEsi esi,
                             MailRepository mail) {
        this.visibility = visibility;
        this.accessTokens = accessTokens;
        this.esi = esi;
        this.mail = mail;
    }

    @Override
    public void update(Viewer viewer, CharacterId characterId, long mailId, MailUpdate update) {
        Mailboxes.requireVisible(visibility, viewer, characterId);
        // a mail not synced yet is not known here: refuse before ESI changes it and the local write cannot follow
        if (mail.find(characterId, mailId).isEmpty()) {
            throw new NotFoundException("mail " + mailId + " of character " + characterId.value() + " is not stored");
        }
        esi.update(characterId, mailId, update, accessTokens.accessTokenFor(characterId));
        mail.update(characterId, mailId, update);
    }
}
