package org.eveseat.domain.mail.port.in;

import org.eveseat.domain.shared.Viewer;

/**
 * Sends a mail through ESI and answers its id. A CSPA charge above the approved cost fails with
 * {@link org.eveseat.domain.mail.model.CspaChargeNotApprovedException}, naming the charge.
 */
public interface SendMailUseCase {
    long send(Viewer viewer, SendMailCommand command);
}
