package org.eveseat.domain.corporation.service;

import org.eveseat.domain.FeatureAssembly;
import org.eveseat.domain.ServiceCatalogue;
import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.corporation.port.in.CorporationRolesQuery;
import org.eveseat.domain.corporation.port.in.SyncMemberRolesUseCase;
import org.eveseat.domain.corporation.port.out.CorporationEsi;
import org.eveseat.domain.corporation.port.out.MemberRolesRepository;

/** Builds the corporation feature: members' roles, synced and asked for access decisions. */
public final class CorporationAssembly implements FeatureAssembly {
    @Override
    public void addTo(ServiceCatalogue catalogue) {
        catalogue.add(CorporationRolesQuery.class,
                wiring -> new CorporationRolesService(wiring.get(MemberRolesRepository.class)));
        catalogue.add(SyncMemberRolesUseCase.class,
                wiring -> new SyncMemberRolesService(wiring.get(AccessTokenQuery.class),
                wiring.get(CorporationEsi.class), wiring.get(MemberRolesRepository.class),
                wiring.settings().clock()));
    }
}
