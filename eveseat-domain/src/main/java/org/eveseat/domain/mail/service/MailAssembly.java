package org.eveseat.domain.mail.service;

import org.eveseat.domain.FeatureAssembly;
import org.eveseat.domain.ServiceCatalogue;
import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
import org.eveseat.domain.event.port.out.EventPublisher;
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

/** Builds the mail feature: sync, reading, sending, labels and mailing lists. */
public final class MailAssembly implements FeatureAssembly {
    @Override
    public void addTo(ServiceCatalogue catalogue) {
        catalogue.add(SyncMailUseCase.class, wiring -> new SyncMailService(wiring.get(AccessTokenQuery.class),
                wiring.get(MailEsi.class), wiring.get(MailRepository.class), wiring.get(EventPublisher.class),
                wiring.settings().clock()));
        catalogue.add(ListMailQuery.class, wiring -> new ListMailService(wiring.get(CharacterVisibilityQuery.class),
                wiring.get(MailRepository.class)));
        catalogue.add(ReadMailUseCase.class,
                wiring -> new ReadMailService(wiring.get(CharacterVisibilityQuery.class),
                wiring.get(AccessTokenQuery.class), wiring.get(MailEsi.class), wiring.get(MailRepository.class),
                wiring.get(MailBodySanitizer.class)));
        catalogue.add(SendMailUseCase.class,
                wiring -> new SendMailService(wiring.get(CharacterVisibilityQuery.class),
                wiring.get(AccessTokenQuery.class), wiring.get(MailEsi.class)));
        catalogue.add(UpdateMailUseCase.class,
                wiring -> new UpdateMailService(wiring.get(CharacterVisibilityQuery.class),
                wiring.get(AccessTokenQuery.class), wiring.get(MailEsi.class), wiring.get(MailRepository.class)));
        catalogue.add(DeleteMailUseCase.class,
                wiring -> new DeleteMailService(wiring.get(CharacterVisibilityQuery.class),
                wiring.get(AccessTokenQuery.class), wiring.get(MailEsi.class), wiring.get(MailRepository.class)));
        catalogue.add(MailLabelsQuery.class,
                wiring -> new ListMailLabelsService(wiring.get(CharacterVisibilityQuery.class),
                wiring.get(MailRepository.class)));
        catalogue.add(CreateMailLabelUseCase.class,
                wiring -> new CreateMailLabelService(wiring.get(CharacterVisibilityQuery.class),
                wiring.get(AccessTokenQuery.class), wiring.get(MailEsi.class), wiring.get(MailRepository.class)));
        catalogue.add(DeleteMailLabelUseCase.class,
                wiring -> new DeleteMailLabelService(wiring.get(CharacterVisibilityQuery.class),
                wiring.get(AccessTokenQuery.class), wiring.get(MailEsi.class), wiring.get(MailRepository.class)));
        catalogue.add(MailingListsQuery.class,
                wiring -> new ListMailingListsService(wiring.get(CharacterVisibilityQuery.class),
                wiring.get(MailRepository.class)));
    }
}
