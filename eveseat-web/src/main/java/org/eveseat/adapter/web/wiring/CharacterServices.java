package org.eveseat.adapter.web.wiring;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eveseat.adapter.batch.scheduler.SyncScheduler;
import org.eveseat.adapter.esi.sso.SsoSettings;
import org.eveseat.domain.character.model.Account;
import org.eveseat.domain.character.port.in.AdminRoleQuery;
import org.eveseat.domain.character.port.in.ChangeAdminRoleUseCase;
import org.eveseat.domain.character.port.in.ListAccountsQuery;
import org.eveseat.domain.character.port.in.RequestedScopesQuery;
import org.eveseat.domain.character.port.in.TokenRefreshQuery;
import org.eveseat.domain.character.service.AdminRoleService;
import org.eveseat.domain.character.service.ChangeAdminRoleService;
import org.eveseat.domain.character.service.ListAccountsService;
import org.eveseat.domain.character.service.RequestedScopesService;
import org.eveseat.domain.character.service.TokenRefreshService;
import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
import org.eveseat.domain.character.port.in.CorporationAccessQuery;
import org.eveseat.domain.character.port.in.CorporationVisibilityQuery;
import org.eveseat.domain.character.port.in.LinkCharacterUseCase;
import org.eveseat.domain.character.port.in.ListCharactersQuery;
import org.eveseat.domain.character.port.in.LogoutUseCase;
import org.eveseat.domain.character.port.in.SessionRevokedQuery;
import org.eveseat.domain.character.port.in.SyncAffiliationsUseCase;
import org.eveseat.domain.character.port.in.SyncableCharactersQuery;
import org.eveseat.domain.character.port.out.AccountRepository;
import org.eveseat.domain.character.port.out.CharacterAffiliationRepository;
import org.eveseat.domain.character.port.out.CharacterPublicEsi;
import org.eveseat.domain.character.port.out.CharacterRepository;
import org.eveseat.domain.character.port.out.CharacterTokenRepository;
import org.eveseat.domain.character.port.out.EveSso;
import org.eveseat.domain.character.port.out.UnitOfWork;
import org.eveseat.domain.character.port.out.SessionRepository;
import org.eveseat.domain.character.service.AccessTokenService;
import org.eveseat.domain.character.service.CharacterVisibilityService;
import org.eveseat.domain.character.service.CorporationAccessService;
import org.eveseat.domain.character.service.CorporationVisibilityService;
import org.eveseat.domain.character.service.LinkCharacterService;
import org.eveseat.domain.character.service.ListCharactersService;
import org.eveseat.domain.character.service.LogoutService;
import org.eveseat.domain.character.service.SessionRevokedService;
import org.eveseat.domain.character.service.SyncAffiliationsService;
import org.eveseat.domain.character.service.SyncableCharactersService;
import org.eveseat.domain.event.port.out.EventPublisher;
import org.eveseat.domain.shared.CharacterId;

/**
 * Builds the character feature's use cases from its adapters. {@code @Singleton}: the domain classes have no
 * no-argument constructor to proxy, and the access-token service must be one instance to serialise refreshes.
 */
@ApplicationScoped
public class CharacterServices {
    /** Where a token found revoked is announced to its owner and the admins. */
    @Inject
    EventPublisher events;

    @Inject
    @ConfigProperty(name = "eveseat.admin-character-id")
    Optional<Long> adminCharacterId;

    @Produces
    @Singleton
    LinkCharacterUseCase linkCharacter(EveSso sso, AccountRepository accounts, CharacterRepository characters,
                                       CharacterTokenRepository tokens, UnitOfWork unitOfWork,
                                       SyncScheduler scheduler) {
        LinkCharacterUseCase link = new LinkCharacterService(sso, accounts, characters, tokens, unitOfWork,
                adminCharacterId.map(CharacterId::new));
        return command -> {
            Account account = link.link(command);
            scheduler.planSoon(); // the character's first sync starts within a tick, not within a minute
            return account;
        };
    }

    @Produces
    @Singleton
    AccessTokenQuery accessTokens(CharacterRepository characters, CharacterTokenRepository tokens, EveSso sso) {
        return new AccessTokenService(characters, tokens, sso, events, Clock.systemUTC());
    }

    @Produces
    @Singleton
    CharacterVisibilityQuery visibility(CharacterRepository characters) {
        return new CharacterVisibilityService(characters);
    }

    @Produces
    @Singleton
    ListCharactersQuery listCharacters(CharacterRepository characters) {
        return new ListCharactersService(characters);
    }

    @Produces
    @Singleton
    SyncableCharactersQuery syncableCharacters(CharacterRepository characters) {
        return new SyncableCharactersService(characters);
    }

    @Produces
    @Singleton
    SyncAffiliationsUseCase syncAffiliations(CharacterRepository characters, CharacterPublicEsi esi,
                                             CharacterAffiliationRepository affiliations) {
        return new SyncAffiliationsService(characters, esi, affiliations, Clock.systemUTC());
    }

    @Produces
    @Singleton
    CorporationAccessQuery corporationAccess(CharacterAffiliationRepository affiliations) {
        return new CorporationAccessService(affiliations);
    }

    @Produces
    @Singleton
    CorporationVisibilityQuery corporationVisibility(CharacterAffiliationRepository affiliations) {
        return new CorporationVisibilityService(affiliations);
    }

    @Produces
    @Singleton
    LogoutUseCase logout(SessionRepository sessions) {
        return new LogoutService(sessions, events, Clock.systemUTC());
    }

    @Produces
    @Singleton
    SessionRevokedQuery sessionRevoked(SessionRepository sessions) {
        return new SessionRevokedService(sessions);
    }

    @Produces
    @Singleton
    AdminRoleQuery adminRoles(AccountRepository accounts) {
        return new AdminRoleService(accounts);
    }

    @Produces
    @Singleton
    ListAccountsQuery listAccounts(AccountRepository accounts) {
        return new ListAccountsService(accounts);
    }

    @Produces
    @Singleton
    ChangeAdminRoleUseCase changeAdminRole(AccountRepository accounts) {
        return new ChangeAdminRoleService(accounts, events, Clock.systemUTC());
    }

    @Produces
    @Singleton
    TokenRefreshQuery tokenRefreshes(CharacterTokenRepository tokens) {
        return new TokenRefreshService(tokens);
    }

    @Produces
    @Singleton
    RequestedScopesQuery requestedScopes(SsoSettings sso) {
        return new RequestedScopesService(sso.scopes());
    }
}
