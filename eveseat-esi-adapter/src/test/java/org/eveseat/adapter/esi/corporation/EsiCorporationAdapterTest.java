package org.eveseat.adapter.esi.corporation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.eveseat.adapter.esi.testing.FakeEsiHarness;
import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.corporation.model.CorporationDivisions;
import org.eveseat.domain.corporation.model.CorporationInfo;
import org.eveseat.domain.shared.AllianceId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.NotPermittedException;
import org.eveseat.fake.routes.Scopes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The corporation routes the fake ESI serves: the public profile, and the division names, which need a Director. */
class EsiCorporationAdapterTest {
    private static final long PILOT = 2112625428L;
    private static final long CORPORATION = 98000001L;

    private final FakeEsiHarness harness = new FakeEsiHarness();
    private final EsiCorporationAdapter adapter = new EsiCorporationAdapter(harness.settings(), harness.gateway());
    private final CorporationId corporation = new CorporationId(CORPORATION);

    @BeforeEach
    void member() {
        harness.esi().ledger().character(PILOT).corporationId(CORPORATION);
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void aDirectorReadsTheNamesOfTheHangarAndWalletDivisions() {
        harness.esi().ledger().character(PILOT).roles("Director");
        harness.esi().ledger().corporation(CORPORATION).hangarNames().set(2, "Minerals");
        harness.esi().ledger().corporation(CORPORATION).wallet(4).name("Fuel budget");

        var result = adapter.divisions(corporation, token());

        assertThat(result).isInstanceOf(EsiResult.Fresh.class);
        CorporationDivisions divisions = ((EsiResult.Fresh<CorporationDivisions>) result).value();
        assertThat(divisions.hangar()).hasSize(7).contains(new CorporationDivisions.Division(3, "Minerals"));
        assertThat(divisions.wallet()).hasSize(7).startsWith(new CorporationDivisions.Division(1, "Master Wallet"))
                .contains(new CorporationDivisions.Division(4, "Fuel budget"));
        assertThat(adapter.divisions(corporation, token())).isInstanceOf(EsiResult.NotDue.class);
    }

    @Test
    void thePublicProfileNamesTheAllianceAndNeedsNoToken() {
        harness.esi().ledger().corporation(CORPORATION).allianceId(99000888L);

        var result = adapter.info(corporation);

        assertThat(result).isInstanceOf(EsiResult.Fresh.class);
        assertThat(((EsiResult.Fresh<CorporationInfo>) result).value().allianceId())
                .isEqualTo(new AllianceId(99000888L));
    }

    @Test
    void aMemberWhoIsNoDirectorIsRefused() {
        harness.esi().ledger().character(PILOT).roles("Accountant");

        assertThatThrownBy(() -> adapter.divisions(corporation, token())).isInstanceOf(NotPermittedException.class);
    }

    private AccessToken token() {
        return harness.token(PILOT, Set.of(Scopes.READ_DIVISIONS));
    }
}
