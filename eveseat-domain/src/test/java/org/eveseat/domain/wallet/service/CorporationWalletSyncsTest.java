package org.eveseat.domain.wallet.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.corporation.model.CorporationDivisions;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.NotPermittedException;
import org.eveseat.domain.shared.SyncOutcome;
import org.eveseat.domain.shared.SyncOutcome.Status;
import org.eveseat.domain.testing.ScriptedCorporationEsi;
import org.eveseat.domain.wallet.model.CorporationWallet;
import org.eveseat.domain.wallet.model.DivisionBalance;
import org.eveseat.domain.wallet.model.JournalOwner;
import org.eveseat.domain.wallet.model.WalletDivision;
import org.eveseat.domain.wallet.port.out.CorporationWalletRepository;
import org.junit.jupiter.api.Test;

/** The corporation syncs: division balances with their names, and transactions of all seven divisions. */
class CorporationWalletSyncsTest {
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final CorporationId ACME = new CorporationId(98000001L);
    private static final CharacterId MEMBER = new CharacterId(2112625428L);
    private static final List<DivisionBalance> BALANCES = List.of(
            new DivisionBalance(new WalletDivision(1), Isk.of("1000")),
            new DivisionBalance(new WalletDivision(2), Isk.of("20")));

    private final ScriptedCorporationEsi corporations = new ScriptedCorporationEsi();
    private EsiResult<List<DivisionBalance>> balances = new EsiResult.Fresh<>(BALANCES, NOW.plusSeconds(300));
    private final Map<Integer, String> names = new HashMap<>();
    private final List<DivisionBalance> storedBalances = new ArrayList<>();

    private final SyncCorporationWalletsService sync = new SyncCorporationWalletsService(
            character -> new AccessToken("token", NOW.plusSeconds(600)), WalletFakes.corporationBalances(() -> balances), corporations, store(),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aDirectorSyncsBalancesAndNames() {
        corporations.divisions = new EsiResult.Fresh<>(new CorporationDivisions(List.of(),
                List.of(new CorporationDivisions.Division(2, "Industry"))), NOW.plusSeconds(3600));

        assertThat(sync.sync(ACME, MEMBER)).isEqualTo(SyncOutcome.of(Status.UPDATED, NOW.plusSeconds(300)));
        assertThat(storedBalances).isEqualTo(BALANCES);
        assertThat(names).containsEntry(2, "Industry");
    }

    @Test
    void anAccountantSyncsTheBalancesAndTheNamesStayAsStored() {
        names.put(2, "Industry");
        corporations.failure = new NotPermittedException("not a Director");

        assertThat(sync.sync(ACME, MEMBER).status()).isEqualTo(Status.UPDATED);
        assertThat(storedBalances).isEqualTo(BALANCES);
        assertThat(names).containsOnly(Map.entry(2, "Industry"));
    }

    @Test
    void cachedBalancesWriteNothing() {
        balances = new EsiResult.NotDue<>(NOW.plusSeconds(100));

        assertThat(sync.sync(ACME, MEMBER)).isEqualTo(SyncOutcome.of(Status.NOT_DUE, NOW.plusSeconds(100)));
        assertThat(storedBalances).isEmpty();
    }

    @Test
    void allSevenDivisionsTransactionsAreSyncedAndTheMostTellingOutcomeReported() {
        List<Integer> synced = new ArrayList<>();
        SyncCorporationTransactionsService all = new SyncCorporationTransactionsService((owner, via) -> {
            synced.add(owner.division());
            assertThat(owner).isEqualTo(JournalOwner.corporation(ACME.value(), new WalletDivision(owner.division())));
            return owner.division() == 3 ? new SyncOutcome(Status.FAILED, NOW.plusSeconds(60), "ESI down")
                    : SyncOutcome.of(owner.division() == 5 ? Status.UPDATED : Status.UNCHANGED,
                    NOW.plusSeconds(3600 - owner.division()));
        });

        assertThat(all.sync(ACME, MEMBER)).isEqualTo(new SyncOutcome(Status.FAILED, NOW.plusSeconds(60), "ESI down"));
        assertThat(synced).containsExactly(1, 2, 3, 4, 5, 6, 7);
    }

    private CorporationWalletRepository store() {
        return new CorporationWalletRepository() {
            @Override
            public void saveBalances(CorporationId corporationId, List<DivisionBalance> saved, Instant syncedAt) {
                storedBalances.addAll(saved);
            }

            @Override
            public void saveNames(CorporationId corporationId, List<CorporationDivisions.Division> saved) {
                saved.forEach(d -> names.put(d.number(), d.name()));
            }

            @Override
            public List<CorporationWallet> wallets(CorporationId corporationId) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
