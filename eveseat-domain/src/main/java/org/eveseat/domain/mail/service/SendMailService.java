package org.eveseat.domain.mail.service;

import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
import org.eveseat.domain.mail.model.CspaChargeNotApprovedException;
import org.eveseat.domain.mail.port.in.SendMailCommand;
import org.eveseat.domain.mail.port.in.SendMailUseCase;
import org.eveseat.domain.mail.port.out.MailEsi;
import org.eveseat.domain.shared.ConflictException;
import org.eveseat.domain.shared.Viewer;

/**
 * Sends through ESI. The sent mail is not stored here: the next sync brings it in with the id, labels and
 * timestamp EVE gave it. ESI's bare conflict answer to an unapproved CSPA charge is turned into one that names the
 * charge and says how to send anyway.
 */
public class SendMailService implements SendMailUseCase {
    private final CharacterVisibilityQuery visibility;
    private final AccessTokenQuery accessTokens;
    private final MailEsi esi;

    public SendMailService(CharacterVisibilityQuery visibility, AccessTokenQuery accessTokens, MailEsi esi) {
        this.visibility = visibility;
        this.accessTokens = accessTokens;
        this.esi = esi;
    }

    @Override
    public long send(Viewer viewer, SendMailCommand command) {
        Mailboxes.requireVisible(visibility, viewer, command.sender());
        var token = accessTokens.accessTokenFor(command.sender());
        try {
            return esi.send(command.sender(), command.mail(), token);
        } catch (ConflictException e) {
            if (CspaChargeNotApprovedException.isCspaCharge(e)) {
                throw CspaChargeNotApprovedException.from(command.mail().approvedCost(), e);
            }
            throw e;
        }
    }
}
