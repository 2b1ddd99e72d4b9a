package org.eveseat.adapter.persistence.corporation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.eveseat.adapter.persistence.character.JdbcCharacterAffiliationRepository;
import org.eveseat.adapter.persistence.character.JpaAccountRepository;
import org.eveseat.adapter.persistence.character.JpaCharacterRepository;
import org.eveseat.adapter.persistence.testing.TestDatabase;
import org.eveseat.domain.character.model.LinkedCharacter;
import org.eveseat.domain.character.model.Role;
import org.eveseat.domain.character.model.TokenState;
import org.eveseat.domain.corporation.model.CorporationRole;
import org.eveseat.domain.corporation.model.MemberRoles;
import org.eveseat.domain.corporation.model.RoleSet;
import org.eveseat.domain.corporation.port.out.MemberRolesRepository;
import org.eveseat.domain.shared.AccountId;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbcMemberRolesRepositoryTest {
    private static final CorporationId ACME = new CorporationId(98000001L);
    private static final CorporationId OTHER = new CorporationId(98000002L);
    private static final Set<CorporationRole> WALLET_ROLES = Set.of(CorporationRole.DIRECTOR,
            CorporationRole.ACCOUNTANT);

    private final TestDatabase db = TestDatabase.get();
    private final MemberRolesRepository roles = new JdbcMemberRolesRepository(db.dataSource());
    private final JdbcCharacterAffiliationRepository affiliations =
            new JdbcCharacterAffiliationRepository(db.dataSource());
    private AccountId accountant;
    private AccountId trader;

    @BeforeEach
    void twoAccountsInAcme() {
        db.truncateApplicationTables();
        db.inTransaction((EntityManager em) -> {
            accountant = new JpaAccountRepository(em).create(EnumSet.of(Role.USER)).id();
            trader = new JpaAccountRepository(em).create(EnumSet.of(Role.USER)).id();
            new JpaCharacterRepository(em).save(character(11, accountant));
            new JpaCharacterRepository(em).save(character(12, trader));
            return null;
        });
        affiliations.saveCorporations(Map.of(new CharacterId(11), ACME, new CharacterId(12), ACME));
        roles.replace(ACME, List.of(member(11, CorporationRole.ACCOUNTANT), member(12, CorporationRole.TRADER)));
    }

    @Test
    void onlyAnAccountWhoseCharacterHoldsTheRoleThereQualifies() {
        assertThat(roles.anyHeldBy(accountant, ACME, WALLET_ROLES)).isTrue();
        assertThat(roles.anyHeldBy(trader, ACME, WALLET_ROLES)).isFalse();
        assertThat(roles.anyHeldBy(accountant, OTHER, WALLET_ROLES)).isFalse();
    }

    @Test
    void aReplacedListAndALeftCorporationTakeAccessAway() {
        roles.replace(ACME, List.of(member(12, CorporationRole.DIRECTOR)));
        assertThat(roles.anyHeldBy(accountant, ACME, WALLET_ROLES)).isFalse();
        assertThat(roles.anyHeldBy(trader, ACME, WALLET_ROLES)).isTrue();

        affiliations.saveCorporations(Map.of(new CharacterId(12), OTHER));
        assertThat(roles.anyHeldBy(trader, ACME, WALLET_ROLES)).isFalse();
    }

    private static MemberRoles member(long id, CorporationRole role) {
        return new MemberRoles(new CharacterId(id), new RoleSet(Set.of(role), Set.of(), Set.of(), Set.of()),
                RoleSet.NONE);
    }

    private static LinkedCharacter character(long id, AccountId owner) {
        return new LinkedCharacter(new CharacterId(id), "Pilot " + id, "hash-" + id, owner, Set.of("publicData"),
                TokenState.VALID);
    }
}
