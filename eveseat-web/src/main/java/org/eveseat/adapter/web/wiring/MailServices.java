package org.eveseat.adapter.web.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eveseat.domain.EveSeatDomain;
import org.eveseat.domain.mail.port.in.CreateMailLabelUseCase;
import org.eveseat.domain.mail.port.in.DeleteMailLabelUseCase;
import org.eveseat.domain.mail.port.in.DeleteMailUseCase;
import org.eveseat.domain.mail.port.in.ListMailQuery;
import org.eveseat.domain.mail.port.in.MailLabelsQuery;
import org.eveseat.domain.mail.port.in.MailingListsQuery;
import org.eveseat.domain.mail.port.in.ReadMailUseCase;
import org.eveseat.domain.mail.port.in.SendMailUseCase;
import org.eveseat.domain.mail.port.in.SyncMailUseCase;
import org.eveseat.domain.mail.port.in.UpdateMailUseCase;

/**
 * The use cases of the mail feature  as CDI beans.
 * {@link EveSeatDomain} builds them; here they are only handed out.
 */
@ApplicationScoped
public class MailServices {
    @Produces
    @Singleton
    SyncMailUseCase syncMail(EveSeatDomain domain) {
        return domain.get(SyncMailUseCase.class);
    }

    @Produces
    @Singleton
    ListMailQuery listMail(EveSeatDomain domain) {
        return domain.get(ListMailQuery.class);
    }

    @Produces
    @Singleton
    ReadMailUseCase readMail(EveSeatDomain domain) {
        return domain.get(ReadMailUseCase.class);
    }

    @Produces
    @Singleton
    SendMailUseCase sendMail(EveSeatDomain domain) {
        return domain.get(SendMailUseCase.class);
    }

    @Produces
    @Singleton
    UpdateMailUseCase updateMail(EveSeatDomain domain) {
        return domain.get(UpdateMailUseCase.class);
    }

    @Produces
    @Singleton
    DeleteMailUseCase deleteMail(EveSeatDomain domain) {
        return domain.get(DeleteMailUseCase.class);
    }

    @Produces
    @Singleton
    MailLabelsQuery mailLabels(EveSeatDomain domain) {
        return domain.get(MailLabelsQuery.class);
    }

    @Produces
    @Singleton
    CreateMailLabelUseCase createMailLabel(EveSeatDomain domain) {
        return domain.get(CreateMailLabelUseCase.class);
    }

    @Produces
    @Singleton
    DeleteMailLabelUseCase deleteMailLabel(EveSeatDomain domain) {
        return domain.get(DeleteMailLabelUseCase.class);
    }

    @Produces
    @Singleton
    MailingListsQuery mailingLists(EveSeatDomain domain) {
        return domain.get(MailingListsQuery.class);
    }
}
