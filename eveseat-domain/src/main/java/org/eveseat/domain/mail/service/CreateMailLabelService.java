package org.eveseat.domain.mail.service;

import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
import org.eveseat.domain.mail.model.MailLabel;
import org.eveseat.domain.mail.model.NewMailLabel;
import org.eveseat.domain.mail.port.in.CreateMailLabelUseCase;
import org.eveseat.domain.mail.port.out.MailEsi;
import org.eveseat.domain.mail.port.out.MailRepository;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Viewer;

/** Creates the label in EVE and stores it at once (no mail carries it yet), so it can be used before the next sync. */
public class CreateMailLabelService implements CreateMailLabelUseCase {
    private final CharacterVisibilityQuery visibility;
    private final AccessTokenQuery accessTokens;
    private final MailEsi esi;
    private final MailRepository mail;

    public CreateMailLabelService(CharacterVisibilityQuery visibility, AccessTokenQuery accessTokens, MailEsi esi,
                                  MailRepository mail) {
        this.visibility = visibility;
        this.accessTokens = accessTokens;
        this.esi = esi;
        this.mail = mail;
    }

    @Override
    public MailLabel create(Viewer viewer, CharacterId characterId, NewMailLabel label) {
        Mailboxes.requireVisible(visibility, viewer, characterId);
        long labelId = esi.createLabel(characterId, label, accessTokens.accessTokenFor(characterId));
        MailLabel created = new MailLabel(labelId, label.name(), label.color(), 0);
        mail.addLabel(characterId, created);
        return created;
    }
}
