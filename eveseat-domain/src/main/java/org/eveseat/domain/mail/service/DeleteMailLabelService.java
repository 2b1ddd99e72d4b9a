package org.eveseat.domain.mail.service;

import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
import org.eveseat.domain.mail.port.in.DeleteMailLabelUseCase;
import org.eveseat.domain.mail.port.out.MailEsi;
import org.eveseat.domain.mail.port.out.MailRepository;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Viewer;

/** Deletes in EVE first (ESI refuses the built-in labels); the stored label goes only once ESI accepted. */
public class DeleteMailLabelService implements DeleteMailLabelUseCase {
    private final CharacterVisibilityQuery visibility;
    private final AccessTokenQuery accessTokens;
    private final MailEsi esi;
    private final MailRepository mail;

    public DeleteMailLabelService(CharacterVisibilityQuery visibility, AccessTokenQuery accessTokens, MailEsi esi,
                                  MailRepository mail) {
        this.visibility = visibility;
        this.accessTokens = accessTokens;
        this.esi = esi;
        this.mail = mail;
    }

    @Override
    public void delete(Viewer viewer, CharacterId characterId, long labelId) {
        Mailboxes.requireVisible(visibility, viewer, characterId);
        esi.deleteLabel(characterId, labelId, accessTokens.accessTokenFor(characterId));
        mail.deleteLabel(characterId, labelId);
    }
}
