package org.eveseat.adapter.web.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eveseat.domain.EveSeatDomain;
import org.eveseat.domain.contact.port.in.AddContactsUseCase;
import org.eveseat.domain.contact.port.in.ContactLabelsQuery;
import org.eveseat.domain.contact.port.in.DeleteContactsUseCase;
import org.eveseat.domain.contact.port.in.EditContactsUseCase;
import org.eveseat.domain.contact.port.in.ListContactsQuery;
import org.eveseat.domain.contact.port.in.SyncContactsUseCase;
import org.eveseat.domain.contact.port.in.SyncCorporationContactsUseCase;

/**
 * The use cases of the contact feature  as CDI beans.
 * {@link EveSeatDomain} builds them; here they are only handed out.
 */
@ApplicationScoped
public class ContactServices {
    @Produces
    @Singleton
    SyncContactsUseCase syncContacts(EveSeatDomain domain) {
        return domain.get(SyncContactsUseCase.class);
    }

    @Produces
    @Singleton
    SyncCorporationContactsUseCase syncCorporationContacts(EveSeatDomain domain) {
        return domain.get(SyncCorporationContactsUseCase.class);
    }

    @Produces
    @Singleton
    ListContactsQuery listContacts(EveSeatDomain domain) {
        return domain.get(ListContactsQuery.class);
    }

    @Produces
    @Singleton
    ContactLabelsQuery contactLabels(EveSeatDomain domain) {
        return domain.get(ContactLabelsQuery.class);
    }

    @Produces
    @Singleton
    AddContactsUseCase addContacts(EveSeatDomain domain) {
        return domain.get(AddContactsUseCase.class);
    }

    @Produces
    @Singleton
    EditContactsUseCase editContacts(EveSeatDomain domain) {
        return domain.get(EditContactsUseCase.class);
    }

    @Produces
    @Singleton
    DeleteContactsUseCase deleteContacts(EveSeatDomain domain) {
        return domain.get(DeleteContactsUseCase.class);
    }
}
