package org.eveseat.adapter.web.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eveseat.domain.EveSeatDomain;
import org.eveseat.adapter.batch.scheduler.SyncScheduler;
import org.eveseat.domain.character.model.Account;
import org.eveseat.domain.character.port.in.AdminRoleQuery;
import org.eveseat.domain.character.port.in.ChangeAdminRoleUseCase;
import org.eveseat.domain.character.port.in.ListAccountsQuery;
import org.eveseat.domain.character.port.in.RequestedScopesQuery;
import org.eveseat.domain.character.port.in.TokenRefreshQuery;
import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.character.port.in.CharacterStatusQuery;
import org.eveseat.domain.character.port.in.PilotLocationsQuery;
import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
import org.eveseat.domain.character.port.in.CorporationAccessQuery;
import org.eveseat.domain.character.port.in.CharacterCorporationsQuery;
import org.eveseat.domain.character.port.in.CorporationVisibilityQuery;
import org.eveseat.domain.character.port.in.LinkCharacterUseCase;
import org.eveseat.domain.character.port.in.ListCharactersQuery;
import org.eveseat.domain.character.port.in.LogoutUseCase;
import org.eveseat.domain.character.port.in.SessionRevokedQuery;
import org.eveseat.domain.character.port.in.SyncAffiliationsUseCase;
import org.eveseat.domain.character.port.in.SyncableCharactersQuery;

/**
 * The use cases of the character feature  as CDI beans.
 * {@link EveSeatDomain} builds them; here they are only handed out.
 * {@code @Singleton}: the domain classes have no no-argument constructor to proxy. The login also asks the
 * scheduler to plan at its next tick.
 */
@ApplicationScoped
public class CharacterServices {
    @Produces
    @Singleton
    LinkCharacterUseCase linkCharacter(EveSeatDomain domain, SyncScheduler scheduler) {
        LinkCharacterUseCase link = domain.get(LinkCharacterUseCase.class);
        return command -> {
            Account account = link.link(command);
            scheduler.planSoon(); // the character's first sync starts within a tick, not within a minute
            return account;
        };
    }

    @Produces
    @Singleton
    AccessTokenQuery accessTokens(EveSeatDomain domain) {
        return domain.get(AccessTokenQuery.class);
    }

    @Produces
    @Singleton
    CharacterStatusQuery characterStatus(EveSeatDomain domain) {
        return domain.get(CharacterStatusQuery.class);
    }

    @Produces
    @Singleton
    PilotLocationsQuery pilotLocations(EveSeatDomain domain) {
        return domain.get(PilotLocationsQuery.class);
    }

    @Produces
    @Singleton
    CharacterVisibilityQuery visibility(EveSeatDomain domain) {
        return domain.get(CharacterVisibilityQuery.class);
    }

    @Produces
    @Singleton
    ListCharactersQuery listCharacters(EveSeatDomain domain) {
        return domain.get(ListCharactersQuery.class);
    }

    @Produces
    @Singleton
    SyncableCharactersQuery syncableCharacters(EveSeatDomain domain) {
        return domain.get(SyncableCharactersQuery.class);
    }

    @Produces
    @Singleton
    SyncAffiliationsUseCase syncAffiliations(EveSeatDomain domain) {
        return domain.get(SyncAffiliationsUseCase.class);
    }

    @Produces
    @Singleton
    CorporationAccessQuery corporationAccess(EveSeatDomain domain) {
        return domain.get(CorporationAccessQuery.class);
    }

    @Produces
    @Singleton
    CorporationVisibilityQuery corporationVisibility(EveSeatDomain domain) {
        return domain.get(CorporationVisibilityQuery.class);
    }

    @Produces
    @Singleton
    CharacterCorporationsQuery characterCorporations(EveSeatDomain domain) {
        return domain.get(CharacterCorporationsQuery.class);
    }

    @Produces
    @Singleton
    LogoutUseCase logout(EveSeatDomain domain) {
        return domain.get(LogoutUseCase.class);
    }

    @Produces
    @Singleton
    SessionRevokedQuery sessionRevoked(EveSeatDomain domain) {
        return domain.get(SessionRevokedQuery.class);
    }

    @Produces
    @Singleton
    AdminRoleQuery adminRoles(EveSeatDomain domain) {
        return domain.get(AdminRoleQuery.class);
    }

    @Produces
    @Singleton
    ListAccountsQuery listAccounts(EveSeatDomain domain) {
        return domain.get(ListAccountsQuery.class);
    }

    @Produces
    @Singleton
    ChangeAdminRoleUseCase changeAdminRole(EveSeatDomain domain) {
        return domain.get(ChangeAdminRoleUseCase.class);
    }

    @Produces
    @Singleton
    TokenRefreshQuery tokenRefreshes(EveSeatDomain domain) {
        return domain.get(TokenRefreshQuery.class);
    }

    @Produces
    @Singleton
    RequestedScopesQuery requestedScopes(EveSeatDomain domain) {
        return domain.get(RequestedScopesQuery.class);
    }
}
