package org.eveseat.domain.character.service;

import org.eveseat.domain.FeatureAssembly;
import org.eveseat.domain.ServiceCatalogue;
import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.character.port.in.AdminRoleQuery;
import org.eveseat.domain.character.port.in.ChangeAdminRoleUseCase;
import org.eveseat.domain.character.port.in.CharacterStatusQuery;
import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
import org.eveseat.domain.character.port.in.CorporationAccessQuery;
import org.eveseat.domain.character.port.in.CharacterCorporationsQuery;
import org.eveseat.domain.character.port.in.CorporationVisibilityQuery;
import org.eveseat.domain.character.port.in.LinkCharacterUseCase;
import org.eveseat.domain.character.port.in.ListAccountsQuery;
import org.eveseat.domain.character.port.in.ListCharactersQuery;
import org.eveseat.domain.character.port.in.LogoutUseCase;
import org.eveseat.domain.character.port.in.PilotLocationsQuery;
import org.eveseat.domain.character.port.in.RequestedScopesQuery;
import org.eveseat.domain.character.port.in.SessionRevokedQuery;
import org.eveseat.domain.character.port.in.SyncAffiliationsUseCase;
import org.eveseat.domain.character.port.in.SyncableCharactersQuery;
import org.eveseat.domain.character.port.in.TokenRefreshQuery;
import org.eveseat.domain.character.port.out.AccountRepository;
import org.eveseat.domain.character.port.out.CharacterAffiliationRepository;
import org.eveseat.domain.character.port.out.CharacterPublicEsi;
import org.eveseat.domain.character.port.out.CharacterRepository;
import org.eveseat.domain.character.port.out.CharacterTokenRepository;
import org.eveseat.domain.character.port.out.PilotLocationEsi;
import org.eveseat.domain.character.port.out.EveSso;
import org.eveseat.domain.character.port.out.SessionRepository;
import org.eveseat.domain.character.port.out.UnitOfWork;
import org.eveseat.domain.skill.port.out.SkillEsi;
import org.eveseat.domain.sync.port.out.SyncScheduleRepository;
import org.eveseat.domain.universe.port.out.StaticData;
import org.eveseat.domain.universe.port.out.UniverseCatalogueEsi;
import org.eveseat.domain.event.port.out.EventPublisher;

/**
 * Builds the character feature: logins, access tokens, visibility of characters and corporations, sessions,
 * admin roles, and the pilots' status and locations (which share one memory of ESI's last location answers).
 */
public final class CharacterAssembly implements FeatureAssembly {
    @Override
    public void addTo(ServiceCatalogue catalogue) {
        catalogue.add(PilotLocationReads.class, wiring -> new PilotLocationReads(wiring.get(PilotLocationEsi.class),
                new StatusPlaces(wiring.get(StaticData.class), wiring.get(UniverseCatalogueEsi.class))));
        catalogue.add(CharacterStatusQuery.class, wiring -> new CharacterStatusService(
                wiring.get(CharacterVisibilityQuery.class), wiring.get(CharacterRepository.class),
                wiring.get(AccessTokenQuery.class), wiring.get(PilotLocationEsi.class),
                wiring.get(PilotLocationReads.class), wiring.get(SkillEsi.class), wiring.get(CharacterPublicEsi.class),
                new StatusPlaces(wiring.get(StaticData.class), wiring.get(UniverseCatalogueEsi.class)),
                wiring.get(SyncScheduleRepository.class), wiring.settings().runnableEndpoints().get()));
        catalogue.add(PilotLocationsQuery.class, wiring -> new PilotLocationsService(
                wiring.get(CharacterRepository.class), wiring.get(AccessTokenQuery.class),
                wiring.get(PilotLocationReads.class)));
        catalogue.add(LinkCharacterUseCase.class, wiring -> new LinkCharacterService(wiring.get(EveSso.class),
                wiring.get(AccountRepository.class), wiring.get(CharacterRepository.class),
                wiring.get(CharacterTokenRepository.class), wiring.get(UnitOfWork.class),
                wiring.settings().adminCharacter()));
        catalogue.add(AccessTokenQuery.class, wiring -> new AccessTokenService(wiring.get(CharacterRepository.class),
                wiring.get(CharacterTokenRepository.class), wiring.get(EveSso.class),
                wiring.get(EventPublisher.class), wiring.settings().clock()));
        catalogue.add(CharacterVisibilityQuery.class,
                wiring -> new CharacterVisibilityService(wiring.get(CharacterRepository.class)));
        catalogue.add(ListCharactersQuery.class,
                wiring -> new ListCharactersService(wiring.get(CharacterRepository.class)));
        catalogue.add(SyncableCharactersQuery.class,
                wiring -> new SyncableCharactersService(wiring.get(CharacterRepository.class)));
        catalogue.add(SyncAffiliationsUseCase.class,
                wiring -> new SyncAffiliationsService(wiring.get(CharacterRepository.class),
                wiring.get(CharacterPublicEsi.class), wiring.get(CharacterAffiliationRepository.class),
                wiring.settings().clock()));
        catalogue.add(CorporationAccessQuery.class,
                wiring -> new CorporationAccessService(wiring.get(CharacterAffiliationRepository.class)));
        catalogue.add(CorporationVisibilityQuery.class,
                wiring -> new CorporationVisibilityService(wiring.get(CharacterAffiliationRepository.class)));
        catalogue.add(CharacterCorporationsQuery.class,
                wiring -> new CharacterCorporationsService(wiring.get(CharacterAffiliationRepository.class)));
        catalogue.add(LogoutUseCase.class, wiring -> new LogoutService(wiring.get(SessionRepository.class),
                wiring.get(EventPublisher.class), wiring.settings().clock()));
        catalogue.add(SessionRevokedQuery.class,
                wiring -> new SessionRevokedService(wiring.get(SessionRepository.class)));
        catalogue.add(AdminRoleQuery.class, wiring -> new AdminRoleService(wiring.get(AccountRepository.class)));
        catalogue.add(ListAccountsQuery.class,
                wiring -> new ListAccountsService(wiring.get(AccountRepository.class)));
        catalogue.add(ChangeAdminRoleUseCase.class,
                wiring -> new ChangeAdminRoleService(wiring.get(AccountRepository.class),
                wiring.get(EventPublisher.class), wiring.settings().clock()));
        catalogue.add(TokenRefreshQuery.class,
                wiring -> new TokenRefreshService(wiring.get(CharacterTokenRepository.class)));
        catalogue.add(RequestedScopesQuery.class,
                wiring -> new RequestedScopesService(wiring.settings().requestedScopes()));
    }
}
