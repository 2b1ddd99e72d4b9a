package org.eveseat.adapter.web.wiring;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eveseat.domain.event.port.out.EventPublisher;
import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
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
import org.eveseat.domain.mail.port.out.MailBodySanitizer;
import org.eveseat.domain.mail.port.out.MailEsi;
import org.eveseat.domain.mail.port.out.MailRepository;
import org.eveseat.domain.mail.service.CreateMailLabelService;
import org.eveseat.domain.mail.service.DeleteMailLabelService;
import org.eveseat.domain.mail.service.DeleteMailService;
import org.eveseat.domain.mail.service.ListMailLabelsService;
import org.eveseat.domain.mail.service.ListMailService;
import org.eveseat.domain.mail.service.ListMailingListsService;
import org.eveseat.domain.mail.service.ReadMailService;
import org.eveseat.domain.mail.service.SendMailService;
import org.eveseat.domain.mail.service.SyncMailService;
import org.eveseat.domain.mail.service.UpdateMailService;

/** Builds the mail feature's use cases from its adapters (ESI, JDBC storage, the OWASP body sanitizer). */
@ApplicationScoped
public class MailServices {
    /** Where the syncs tell connected clients what they stored. */
    @Inject
    EventPublisher events;

    @Produces
    @Singleton
    SyncMailUseCase syncMail(AccessTokenQuery tokens, MailEsi esi, MailRepository mail) {
        return new SyncMailService(tokens, esi, mail, events, Clock.systemUTC());
    }

    @Produces
    @Singleton
    ListMailQuery listMail(CharacterVisibilityQuery visibility, MailRepository mail) {
        return new ListMailService(visibility, mail);
    }

    @Produces
    @Singleton
    ReadMailUseCase readMail(CharacterVisibilityQuery visibility, AccessTokenQuery tokens, MailEsi esi,
                             MailRepository mail, MailBodySanitizer sanitizer) {
        return new ReadMailService(visibility, tokens, esi, mail, sanitizer);
    }

    @Produces
    @Singleton
    SendMailUseCase sendMail(CharacterVisibilityQuery visibility, AccessTokenQuery tokens, MailEsi esi) {
        return new SendMailService(visibility, tokens, esi);
    }

    @Produces
    @Singleton
    UpdateMailUseCase updateMail(CharacterVisibilityQuery visibility, AccessTokenQuery tokens, MailEsi esi,
                                 MailRepository mail) {
        return new UpdateMailService(visibility, tokens, esi, mail);
    }

    @Produces
    @Singleton
    DeleteMailUseCase deleteMail(CharacterVisibilityQuery visibility, AccessTokenQuery tokens, MailEsi esi,
                                 MailRepository mail) {
        return new DeleteMailService(visibility, tokens, esi, mail);
    }

    @Produces
    @Singleton
    MailLabelsQuery mailLabels(CharacterVisibilityQuery visibility, MailRepository mail) {
        return new ListMailLabelsService(visibility, mail);
    }

    @Produces
    @Singleton
    CreateMailLabelUseCase createMailLabel(CharacterVisibilityQuery visibility, AccessTokenQuery tokens,
                                           MailEsi esi, MailRepository mail) {
        return new CreateMailLabelService(visibility, tokens, esi, mail);
    }

    @Produces
    @Singleton
    DeleteMailLabelUseCase deleteMailLabel(CharacterVisibilityQuery visibility, AccessTokenQuery tokens,
                                           MailEsi esi, MailRepository mail) {
        return new DeleteMailLabelService(visibility, tokens, esi, mail);
    }

    @Produces
    @Singleton
    MailingListsQuery mailingLists(CharacterVisibilityQuery visibility, MailRepository mail) {
        return new ListMailingListsService(visibility, mail);
    }
}
