package org.eveseat.adapter.web.faces.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.eveseat.adapter.esi.common.RateLimitGroup;
import org.junit.jupiter.api.Test;

class SettingsBackingTest {
    private static final String WALLET = "esi-wallet.read_character_wallet.v1";

    @Test
    void eachRequestedScopeListsTheEndpointsThatNeedIt() {
        List<ScopeRow> rows = SettingsBacking.scopeRows(List.of("publicData", WALLET));

        assertThat(rows).extracting(ScopeRow::scope).containsExactly("publicData", WALLET);
        assertThat(rows.get(0).endpoints()).isEmpty();
        assertThat(rows.get(1).endpoints()).containsExactly("WALLET_BALANCE", "WALLET_JOURNAL", "WALLET_TRANSACTIONS");
        assertThat(rows.get(1).endpointNames()).isEqualTo("WALLET_BALANCE, WALLET_JOURNAL, WALLET_TRANSACTIONS");
    }

    @Test
    void endpointsWhoseScopeIsNotRequestedAreNamedAndPublicOnesAreNot() {
        List<String> never = SettingsBacking.unrequested(List.of(WALLET));

        assertThat(never).contains("MAIL (esi-mail.read_mail.v1)")
                .noneMatch(e -> e.startsWith("WALLET_JOURNAL"))
                .noneMatch(e -> e.startsWith("PUBLIC_CONTRACTS"));
    }

    @Test
    void theLastAdminHasNoRevokeButton() {
        AccountRow only = new AccountRow(1, true, List.of());
        AccountRow player = new AccountRow(2, false, List.of());
        assertThat(SettingsBacking.revocable(only, List.of(only, player))).isFalse();
        assertThat(SettingsBacking.revocable(player, List.of(only, player))).isFalse();

        AccountRow second = new AccountRow(3, true, List.of());
        assertThat(SettingsBacking.revocable(only, List.of(only, player, second))).isTrue();
    }

    @Test
    void rateLimitsReadAsTokensPerWindow() {
        assertThat(BudgetBacking.limit(new RateLimitGroup("char-wallet", 150, Duration.ofMinutes(15))))
                .isEqualTo("150 per 15 min");
        assertThat(BudgetBacking.limit(RateLimitGroup.parse("char-mail", "30/1h"))).isEqualTo("30 per 1 h");
    }
}
