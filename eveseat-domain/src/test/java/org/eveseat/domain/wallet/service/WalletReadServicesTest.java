package org.eveseat.domain.wallet.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eveseat.domain.wallet.service.WalletFakes.ACCESS;
import static org.eveseat.domain.wallet.service.WalletFakes.ADMIN;
import static org.eveseat.domain.wallet.service.WalletFakes.CORPORATION;
import static org.eveseat.domain.wallet.service.WalletFakes.OWNER_VIEWER;
import static org.eveseat.domain.wallet.service.WalletFakes.PILOT;
import static org.eveseat.domain.wallet.service.WalletFakes.STRANGER;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.UpstreamUnavailableException;
import org.eveseat.domain.wallet.model.JournalLine;
import org.eveseat.domain.wallet.model.JournalOwner;
import org.eveseat.domain.wallet.model.JournalSearch;
import org.eveseat.domain.wallet.model.KeysetPage;
import org.eveseat.domain.wallet.model.Period;
import org.eveseat.domain.wallet.model.StatisticsRange;
import org.eveseat.domain.wallet.model.Totals;
import org.eveseat.domain.wallet.model.WalletDivision;
import org.eveseat.domain.wallet.model.WalletStatistics;
import org.eveseat.domain.wallet.model.WalletStatistics.ByCounterparty;
import org.junit.jupiter.api.Test;

class WalletReadServicesTest {
    private static final JournalOwner CHARACTER = JournalOwner.character(PILOT.value());
    private static final JournalOwner MASTER_WALLET = JournalOwner.corporation(CORPORATION.value(),
            new WalletDivision(1));
    private static final long ALICE = 90000001L;
    private static final long BOB = 90000002L;

    private final WalletFakes.Names stored = new WalletFakes.Names();
    private final WalletFakes.Universe universe = new WalletFakes.Universe();
    private final PartyNames names = new PartyNames(stored, universe);
    private final ListJournalService journal = new ListJournalService(ACCESS, (owner, search) ->
            new KeysetPage<>(List.of(WalletFakes.entry(2, "10", ALICE, PILOT.value()),
                    WalletFakes.entry(1, "-5", PILOT.value(), BOB)), null, null), names);

    @Test
    void partiesAreNamedOnceAndTheNamesKept() {
        universe.known.put(ALICE, "Alice");
        universe.known.put(BOB, "Bob");
        universe.known.put(PILOT.value(), "Main Pilot");

        List<JournalLine> lines = journal.list(OWNER_VIEWER, CHARACTER, JournalSearch.newest(50)).items();
        assertThat(lines).extracting(JournalLine::firstPartyName).containsExactly("Alice", "Main Pilot");
        assertThat(lines).extracting(JournalLine::secondPartyName).containsExactly("Main Pilot", "Bob");

        journal.list(OWNER_VIEWER, CHARACTER, JournalSearch.newest(50));
        assertThat(universe.lookups).containsExactly(Set.of(ALICE, BOB, PILOT.value()));
    }

    @Test
    void aFailedLookupListsTheEntriesWithoutNamesAndAsksAgainNextTime() {
        universe.failure = new UpstreamUnavailableException("ESI is down");

        assertThat(journal.list(OWNER_VIEWER, CHARACTER, JournalSearch.newest(50)).items())
                .extracting(JournalLine::firstPartyName).containsOnlyNulls();
        journal.list(OWNER_VIEWER, CHARACTER, JournalSearch.newest(50));
        assertThat(universe.lookups).hasSize(2);
    }

    @Test
    void othersCharactersAndCorporationsWithoutTheRoleLookAbsent() {
        assertThatThrownBy(() -> journal.list(STRANGER, CHARACTER, JournalSearch.newest(50)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> journal.list(STRANGER, MASTER_WALLET, JournalSearch.newest(50)))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("corporation");
        assertThat(journal.list(OWNER_VIEWER, MASTER_WALLET, JournalSearch.newest(50)).items()).hasSize(2);
        assertThat(journal.list(ADMIN, CHARACTER, JournalSearch.newest(50)).items()).hasSize(2);
    }

    @Test
    void theTopCounterpartiesOfTheStatisticsAreNamed() {
        universe.known.put(ALICE, "Alice");
        Totals some = new Totals(Isk.of("10"), Isk.of("0"), 1);
        WalletStatisticsService statistics = new WalletStatisticsService(ACCESS, (owner, range) ->
                new WalletStatistics(List.of(), List.of(), List.of(new ByCounterparty(ALICE, null, some),
                        new ByCounterparty(BOB, null, some))), names);
        StatisticsRange year = new StatisticsRange(Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2027-01-01T00:00:00Z"), Period.MONTH, 10);

        assertThat(statistics.statistics(OWNER_VIEWER, CHARACTER, year).topCounterparties())
                .extracting(ByCounterparty::name).containsExactly("Alice", null);
        assertThatThrownBy(() -> statistics.statistics(STRANGER, MASTER_WALLET, year))
                .isInstanceOf(NotFoundException.class);
    }
}
