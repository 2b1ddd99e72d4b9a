package org.eveseat.domain.mail.port.in;

import java.util.List;

import org.eveseat.domain.mail.model.MailRecipient;
import org.eveseat.domain.mail.model.OutgoingMail;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Require;

/**
 * Send a mail as a character. The mail is checked against ESI's limits when the command is made (1-50 recipients
 * of a known kind, subject up to 1000 characters, body up to 10000), so a broken mail never reaches ESI.
 */
public record SendMailCommand(CharacterId sender, OutgoingMail mail) {
    public SendMailCommand {
        Require.present(sender, "sender");
        Require.present(mail, "mail");
    }

    public static SendMailCommand of(CharacterId sender, List<MailRecipient> recipients, String subject, String body,
                                     long approvedCost) {
        return new SendMailCommand(sender, new OutgoingMail(recipients, subject, body, approvedCost));
    }
}
