package org.eveseat.adapter.esi.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.eveseat.adapter.esi.common.EsiOperations;
import org.junit.jupiter.api.Test;

class SsoSettingsProducerTest {

    @Test
    void withoutConfiguredScopesTheLoginAsksForEveryScopeTheProductUses() {
        assertThat(SsoSettingsProducer.requestedScopes(Optional.empty())).isEqualTo(EsiOperations.scopes())
                .hasSizeGreaterThan(20).contains("publicData", "esi-wallet.read_character_wallet.v1",
                        "esi-mail.read_mail.v1", "esi-killmails.read_killmails.v1");
        assertThat(SsoSettingsProducer.requestedScopes(Optional.of("  "))).isEqualTo(EsiOperations.scopes());
    }

    @Test
    void configuredScopesNarrowTheRequest() {
        assertThat(SsoSettingsProducer.requestedScopes(
                Optional.of(" publicData, esi-wallet.read_character_wallet.v1  esi-mail.read_mail.v1 ")))
                .containsExactly("publicData", "esi-wallet.read_character_wallet.v1", "esi-mail.read_mail.v1");
    }
}
