package org.eveseat.adapter.persistence.character;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.eveseat.adapter.persistence.testing.TestDatabase;
import org.eveseat.domain.character.model.LinkedCharacter;
import org.eveseat.domain.character.model.Role;
import org.eveseat.domain.character.model.TokenState;
import org.eveseat.domain.shared.AccountId;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbcCharacterAffiliationRepositoryTest {
    private static final String CORP_WALLET = "esi-wallet.read_corporation_wallets.v1";
    private static final CorporationId ACME = new CorporationId(98000001L);
    private static final CorporationId OTHER = new CorporationId(98000002L);

    private final TestDatabase db = TestDatabase.get();
    private final JdbcCharacterAffiliationRepository affiliations =
            new JdbcCharacterAffiliationRepository(db.dataSource());

    @BeforeEach
    void linkCharacters() {
        db.truncateApplicationTables();
        db.inTransaction((EntityManager em) -> {
            var account = new JpaAccountRepository(em).create(EnumSet.of(Role.USER));
            var characters = new JpaCharacterRepository(em);
            characters.save(character(11, account.id(), Set.of(CORP_WALLET), TokenState.VALID));
            characters.save(character(12, account.id(), Set.of(CORP_WALLET), TokenState.VALID));
            characters.save(character(13, account.id(), Set.of("publicData"), TokenState.VALID));
            characters.save(character(14, account.id(), Set.of(CORP_WALLET), TokenState.INVALID));
            return null;
        });
    }

    @Test
    void eachCorporationIsReadByItsLowestMemberWithAValidTokenAndTheScope() {
        affiliations.saveCorporations(Map.of(new CharacterId(11), OTHER, new CharacterId(12), ACME,
                new CharacterId(13), ACME, new CharacterId(14), ACME));

        assertThat(affiliations.corporationsWithScope(CORP_WALLET))
                .containsExactly(Map.entry(ACME, new CharacterId(12)), Map.entry(OTHER, new CharacterId(11)));
    }

    @Test
    void aMemberWhoLeftNoLongerReadsTheCorporation() {
        affiliations.saveCorporations(Map.of(new CharacterId(12), ACME));
        affiliations.saveCorporations(Map.of(new CharacterId(12), OTHER));

        assertThat(affiliations.corporationsWithScope(CORP_WALLET)).containsOnlyKeys(OTHER);
    }

    @Test
    void anAccountHasAMemberInTheCorporationsOfItsCharactersOnly() {
        affiliations.saveCorporations(Map.of(new CharacterId(12), ACME));
        AccountId owner = db.inTransaction(em -> new JpaCharacterRepository(em).findById(new CharacterId(12))
                .orElseThrow().owner());

        assertThat(affiliations.hasMember(owner, ACME)).isTrue();
        assertThat(affiliations.hasMember(owner, OTHER)).isFalse();
        assertThat(affiliations.hasMember(new AccountId(owner.value() + 1), ACME)).isFalse();
    }

    @Test
    void anAccountsCharactersAreListedWithTheCorporationsReadForThem() {
        affiliations.saveCorporations(Map.of(new CharacterId(11), OTHER, new CharacterId(12), ACME));
        AccountId owner = db.inTransaction(em -> new JpaCharacterRepository(em).findById(new CharacterId(12))
                .orElseThrow().owner());

        assertThat(affiliations.corporationsOf(owner))
                .containsExactly(Map.entry(new CharacterId(11), OTHER), Map.entry(new CharacterId(12), ACME));
        assertThat(affiliations.corporationsOf(new AccountId(owner.value() + 1))).isEmpty();
    }

    private static LinkedCharacter character(long id, AccountId owner, Set<String> scopes,
                                             TokenState state) {
        return new LinkedCharacter(new CharacterId(id), "Pilot " + id, "hash-" + id, owner, scopes, state);
    }
}
