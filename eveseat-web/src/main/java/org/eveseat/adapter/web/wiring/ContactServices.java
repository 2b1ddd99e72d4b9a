package org.eveseat.adapter.web.wiring;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
import org.eveseat.domain.character.port.in.CorporationVisibilityQuery;
import org.eveseat.domain.contact.port.in.AddContactsUseCase;
import org.eveseat.domain.contact.port.in.ContactLabelsQuery;
import org.eveseat.domain.contact.port.in.DeleteContactsUseCase;
import org.eveseat.domain.contact.port.in.EditContactsUseCase;
import org.eveseat.domain.contact.port.in.ListContactsQuery;
import org.eveseat.domain.contact.port.in.SyncContactsUseCase;
import org.eveseat.domain.contact.port.in.SyncCorporationContactsUseCase;
import org.eveseat.domain.contact.port.out.ContactEsi;
import org.eveseat.domain.contact.port.out.ContactRepository;
import org.eveseat.domain.contact.service.AddContactsService;
import org.eveseat.domain.contact.service.DeleteContactsService;
import org.eveseat.domain.contact.service.EditContactsService;
import org.eveseat.domain.contact.service.ListContactLabelsService;
import org.eveseat.domain.contact.service.ListContactsService;
import org.eveseat.domain.contact.service.SyncContactsService;
import org.eveseat.domain.contact.service.SyncCorporationContactsService;
import org.eveseat.domain.corporation.port.out.CorporationEsi;

/** Builds the contact feature's use cases from its adapters (ESI, JDBC storage). */
@ApplicationScoped
public class ContactServices {
    @Produces
    @Singleton
    SyncContactsUseCase syncContacts(AccessTokenQuery tokens, ContactEsi esi, ContactRepository contacts) {
        return new SyncContactsService(tokens, esi, contacts, Clock.systemUTC());
    }

    @Produces
    @Singleton
    SyncCorporationContactsUseCase syncCorporationContacts(AccessTokenQuery tokens, ContactEsi esi,
                                                           CorporationEsi corporations, ContactRepository contacts) {
        return new SyncCorporationContactsService(tokens, esi, corporations, contacts, Clock.systemUTC());
    }

    @Produces
    @Singleton
    ListContactsQuery listContacts(CharacterVisibilityQuery characters, CorporationVisibilityQuery corporations,
                                   ContactRepository contacts) {
        return new ListContactsService(characters, corporations, contacts);
    }

    @Produces
    @Singleton
    ContactLabelsQuery contactLabels(CharacterVisibilityQuery characters, CorporationVisibilityQuery corporations,
                                     ContactRepository contacts) {
        return new ListContactLabelsService(characters, corporations, contacts);
    }

    @Produces
    @Singleton
    AddContactsUseCase addContacts(CharacterVisibilityQuery visibility, AccessTokenQuery tokens, ContactEsi esi,
                                   ContactRepository contacts) {
        return new AddContactsService(visibility, tokens, esi, contacts);
    }

    @Produces
    @Singleton
    EditContactsUseCase editContacts(CharacterVisibilityQuery visibility, AccessTokenQuery tokens, ContactEsi esi,
                                     ContactRepository contacts) {
        return new EditContactsService(visibility, tokens, esi, contacts);
    }

    @Produces
    @Singleton
    DeleteContactsUseCase deleteContacts(CharacterVisibilityQuery visibility, AccessTokenQuery tokens, ContactEsi esi,
                                         ContactRepository contacts) {
        return new DeleteContactsService(visibility, tokens, esi, contacts);
    }
}
