package org.eveseat.adapter.persistence.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eveseat.adapter.persistence.testing.TestDatabase;
import org.eveseat.domain.corporation.model.CorporationDivisions;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.universe.model.NameCategory;
import org.eveseat.domain.universe.model.ResolvedName;
import org.eveseat.domain.wallet.model.CorporationWallet;
import org.eveseat.domain.wallet.model.DivisionBalance;
import org.eveseat.domain.wallet.model.WalletDivision;
import org.eveseat.domain.wallet.port.out.CorporationWalletRepository;
import org.eveseat.domain.wallet.port.out.PartyNameRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The two small wallet stores: corporation divisions, and party names. */
class JdbcCorporationWalletRepositoryTest {
    private static final CorporationId ACME = new CorporationId(98000001L);
    private static final Instant SYNCED = Instant.parse("2026-06-01T12:00:00Z");

    private final TestDatabase db = TestDatabase.get();
    private final CorporationWalletRepository wallets = new JdbcCorporationWalletRepository(db.dataSource());
    private final PartyNameRepository names = new JdbcPartyNameRepository(db.dataSource());

    @BeforeEach
    void empty() {
        db.truncateApplicationTables();
    }

    @Test
    void balancesAndNamesAreKeptApartAndAllSevenDivisionsListed() {
        wallets.saveNames(ACME, List.of(new CorporationDivisions.Division(2, "Industry")));
        wallets.saveBalances(ACME, List.of(new DivisionBalance(new WalletDivision(1), Isk.of("1000.5")),
                new DivisionBalance(new WalletDivision(2), Isk.of("7"))), SYNCED);
        wallets.saveBalances(ACME, List.of(new DivisionBalance(new WalletDivision(2), Isk.of("8"))), SYNCED);

        List<CorporationWallet> all = wallets.wallets(ACME);
        assertThat(all).hasSize(7);
        assertThat(all.get(0)).isEqualTo(new CorporationWallet(new WalletDivision(1), null, Isk.of("1000.5"), SYNCED));
        assertThat(all.get(1)).isEqualTo(new CorporationWallet(new WalletDivision(2), "Industry", Isk.of("8"), SYNCED));
        assertThat(all.get(6)).isEqualTo(new CorporationWallet(new WalletDivision(7), null, null, null));
        assertThat(wallets.wallets(new CorporationId(1))).extracting(CorporationWallet::balance).containsOnlyNulls();
    }

    @Test
    void partyNamesAreFoundByIdAndReplacedWhenResolvedAgain() {
        names.save(List.of(new ResolvedName(1, "Old Name", NameCategory.CHARACTER),
                new ResolvedName(2, "ACME", NameCategory.CORPORATION)));
        names.save(List.of(new ResolvedName(1, "New Name", NameCategory.CHARACTER)));

        assertThat(names.find(Set.of(1L, 2L, 3L))).isEqualTo(Map.of(1L, "New Name", 2L, "ACME"));
        assertThat(names.find(Set.of())).isEmpty();
    }
}
