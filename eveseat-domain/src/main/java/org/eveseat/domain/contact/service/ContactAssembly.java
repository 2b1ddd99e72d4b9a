package org.eveseat.domain.contact.service;

import org.eveseat.domain.FeatureAssembly;
import org.eveseat.domain.ServiceCatalogue;
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
import org.eveseat.domain.corporation.port.out.CorporationEsi;

/** Builds the contact feature: syncs of characters' and organisations' contacts, listing and editing. */
public final class ContactAssembly implements FeatureAssembly {
    @Override
    public void addTo(ServiceCatalogue catalogue) {
        catalogue.add(SyncContactsUseCase.class,
                wiring -> new SyncContactsService(wiring.get(AccessTokenQuery.class), wiring.get(ContactEsi.class),
                wiring.get(ContactRepository.class), wiring.settings().clock()));
        catalogue.add(SyncCorporationContactsUseCase.class,
                wiring -> new SyncCorporationContactsService(wiring.get(AccessTokenQuery.class),
                wiring.get(ContactEsi.class), wiring.get(CorporationEsi.class), wiring.get(ContactRepository.class),
                wiring.settings().clock()));
        catalogue.add(ListContactsQuery.class,
                wiring -> new ListContactsService(wiring.get(CharacterVisibilityQuery.class),
                wiring.get(CorporationVisibilityQuery.class), wiring.get(ContactRepository.class)));
        catalogue.add(ContactLabelsQuery.class,
                wiring -> new ListContactLabelsService(wiring.get(CharacterVisibilityQuery.class),
                wiring.get(CorporationVisibilityQuery.class), wiring.get(ContactRepository.class)));
        catalogue.add(AddContactsUseCase.class,
                wiring -> new AddContactsService(wiring.get(CharacterVisibilityQuery.class),
                wiring.get(AccessTokenQuery.class), wiring.get(ContactEsi.class),
                wiring.get(ContactRepository.class)));
        catalogue.add(EditContactsUseCase.class,
                wiring -> new EditContactsService(wiring.get(CharacterVisibilityQuery.class),
                wiring.get(AccessTokenQuery.class), wiring.get(ContactEsi.class),
                wiring.get(ContactRepository.class)));
        catalogue.add(DeleteContactsUseCase.class,
                wiring -> new DeleteContactsService(wiring.get(CharacterVisibilityQuery.class),
                wiring.get(AccessTokenQuery.class), wiring.get(ContactEsi.class),
                wiring.get(ContactRepository.class)));
    }
}
