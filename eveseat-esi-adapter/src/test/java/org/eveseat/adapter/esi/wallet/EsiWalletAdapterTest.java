package org.eveseat.adapter.esi.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Set;

import org.eveseat.adapter.esi.testing.FakeEsiHarness;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.wallet.model.WalletScopes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EsiWalletAdapterTest {
    private static final long PILOT = 2112625428L;

    private final FakeEsiHarness harness = new FakeEsiHarness();
    private final EsiWalletAdapter adapter = new EsiWalletAdapter(harness.settings(), harness.gateway());

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void theBalanceIsReadThroughTheRestClientWithTheSpecHeaders() {
        harness.esi().ledger().setWalletBalance(PILOT, new BigDecimal("987654321.09"));
        var result = adapter.balance(new CharacterId(PILOT),
                harness.token(PILOT, Set.of(WalletScopes.READ_CHARACTER_WALLET)));
        assertThat(result).isEqualTo(new EsiResult.Fresh<>(Isk.of("987654321.09"), result.expires()));
        assertThat(harness.esi().lastUserAgent()).isEqualTo(FakeEsiHarness.USER_AGENT);
    }
}
