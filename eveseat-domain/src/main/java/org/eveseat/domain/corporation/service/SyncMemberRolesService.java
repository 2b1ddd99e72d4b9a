package org.eveseat.domain.corporation.service;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.eveseat.domain.character.model.TokenInvalidException;
import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.corporation.model.MemberRoles;
import org.eveseat.domain.corporation.port.in.SyncMemberRolesUseCase;
import org.eveseat.domain.corporation.port.out.CorporationEsi;
import org.eveseat.domain.corporation.port.out.MemberRolesRepository;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.DomainException;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.SyncOutcome;
import org.eveseat.domain.shared.SyncOutcome.Status;

/**
 * Reads all members' roles (ESI answers a Personnel Manager or a member with grantable roles, such as a Director)
 * and replaces the stored ones, so a role taken away in game stops granting access here after the next sync.
 */
public class SyncMemberRolesService implements SyncMemberRolesUseCase {
    static final Duration RETRY_AFTER_FAILURE = Duration.ofMinutes(15);

    private final AccessTokenQuery tokens;
    private final CorporationEsi esi;
    private final MemberRolesRepository roles;
    private final Clock clock;

    public SyncMemberRolesService(AccessTokenQuery tokens, CorporationEsi esi, MemberRolesRepository roles,
                                  Clock clock) {
        this.tokens = tokens;
        this.esi = esi;
        this.roles = roles;
        this.clock = clock;
    }

    @Override
    public SyncOutcome sync(CorporationId corporationId, CharacterId via) {
        try {
            EsiResult<List<MemberRoles>> result = esi.roles(corporationId, tokens.accessTokenFor(via));
            if (result instanceof EsiResult.Fresh<List<MemberRoles>> fresh) {
                roles.replace(corporationId, fresh.value());
                return SyncOutcome.of(Status.UPDATED, fresh.expires());
            }
            return SyncOutcome.of(result instanceof EsiResult.NotDue ? Status.NOT_DUE : Status.UNCHANGED,
                    result.expires());
        } catch (TokenInvalidException e) {
            return new SyncOutcome(Status.TOKEN_INVALID, null, e.getMessage());
        } catch (DomainException e) {
            return SyncOutcome.failed(e, clock.instant().plus(RETRY_AFTER_FAILURE));
        }
    }
}
