package org.eveseat.domain.corporation.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.character.model.TokenInvalidException;
import org.eveseat.domain.corporation.model.CorporationRole;
import org.eveseat.domain.corporation.model.MemberRoles;
import org.eveseat.domain.corporation.model.RoleSet;
import org.eveseat.domain.corporation.port.out.MemberRolesRepository;
import org.eveseat.domain.shared.AccountId;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.NotPermittedException;
import org.eveseat.domain.shared.SyncOutcome;
import org.eveseat.domain.shared.SyncOutcome.Status;
import org.eveseat.domain.shared.Viewer;
import org.eveseat.domain.testing.ScriptedCorporationEsi;
import org.junit.jupiter.api.Test;

class CorporationRoleServicesTest {
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final CorporationId ACME = new CorporationId(98000001L);
    private static final CharacterId DIRECTOR = new CharacterId(2112625428L);
    private static final AccountId ACCOUNTANT = new AccountId(7);
    private static final Set<CorporationRole> WALLET_ROLES = Set.of(CorporationRole.ACCOUNTANT);

    private final ScriptedCorporationEsi esi = new ScriptedCorporationEsi();
    private final Map<CorporationId, List<MemberRoles>> stored = new HashMap<>();
    private final MemberRolesRepository repository = new MemberRolesRepository() {
        @Override
        public void replace(CorporationId corporationId, List<MemberRoles> members) {
            stored.put(corporationId, members);
        }

        @Override
        public boolean anyHeldBy(AccountId accountId, CorporationId corporationId, Set<CorporationRole> roles) {
            return accountId.equals(ACCOUNTANT) && corporationId.equals(ACME);
        }
    };
    private boolean tokenInvalid;
    private final SyncMemberRolesService sync = new SyncMemberRolesService(character -> {
        if (tokenInvalid) {
            throw new TokenInvalidException(character);
        }
        return new AccessToken("token", NOW.plusSeconds(600));
    }, esi, repository, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void freshRolesReplaceTheStoredOnes() {
        MemberRoles member = new MemberRoles(DIRECTOR, new RoleSet(Set.of(CorporationRole.DIRECTOR), Set.of(),
                Set.of(), Set.of()), RoleSet.NONE);
        esi.roles = new EsiResult.Fresh<>(List.of(member), NOW.plusSeconds(3600));

        assertThat(sync.sync(ACME, DIRECTOR)).isEqualTo(SyncOutcome.of(Status.UPDATED, NOW.plusSeconds(3600)));
        assertThat(stored.get(ACME)).containsExactly(member);
    }

    @Test
    void aCachedAnswerARefusalAndARevokedTokenKeepTheStoredRoles() {
        esi.roles = new EsiResult.Unchanged<>(NOW.plusSeconds(3600));
        assertThat(sync.sync(ACME, DIRECTOR).status()).isEqualTo(Status.UNCHANGED);

        esi.failure = new NotPermittedException("not a Personnel Manager");
        SyncOutcome refused = sync.sync(ACME, DIRECTOR);
        assertThat(refused.status()).isEqualTo(Status.FAILED);
        assertThat(refused.nextDue()).isEqualTo(NOW.plus(SyncMemberRolesService.RETRY_AFTER_FAILURE));

        tokenInvalid = true;
        assertThat(sync.sync(ACME, DIRECTOR).status()).isEqualTo(Status.TOKEN_INVALID);
        assertThat(stored).isEmpty();
    }

    @Test
    void adminsAlwaysPassOthersOnlyByTheirStoredRoles() {
        CorporationRolesService roles = new CorporationRolesService(repository);

        assertThat(roles.holdsAny(new Viewer(new AccountId(1), true), new CorporationId(5), WALLET_ROLES)).isTrue();
        assertThat(roles.holdsAny(new Viewer(ACCOUNTANT, false), ACME, WALLET_ROLES)).isTrue();
        assertThat(roles.holdsAny(new Viewer(new AccountId(8), false), ACME, WALLET_ROLES)).isFalse();
    }
}
