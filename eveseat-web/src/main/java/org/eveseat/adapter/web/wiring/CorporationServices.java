package org.eveseat.adapter.web.wiring;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.corporation.port.in.CorporationRolesQuery;
import org.eveseat.domain.corporation.port.in.SyncMemberRolesUseCase;
import org.eveseat.domain.corporation.port.out.CorporationEsi;
import org.eveseat.domain.corporation.port.out.MemberRolesRepository;
import org.eveseat.domain.corporation.service.CorporationRolesService;
import org.eveseat.domain.corporation.service.SyncMemberRolesService;

/** Builds the corporation feature's use cases: members' roles, synced and asked for access decisions. */
@ApplicationScoped
public class CorporationServices {
    @Produces
    @Singleton
    CorporationRolesQuery corporationRoles(MemberRolesRepository roles) {
        return new CorporationRolesService(roles);
    }

    @Produces
    @Singleton
    SyncMemberRolesUseCase syncMemberRoles(AccessTokenQuery tokens, CorporationEsi esi, MemberRolesRepository roles) {
        return new SyncMemberRolesService(tokens, esi, roles, Clock.systemUTC());
    }
}
