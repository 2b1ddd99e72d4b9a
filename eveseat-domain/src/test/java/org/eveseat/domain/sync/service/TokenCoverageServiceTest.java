package org.eveseat.domain.sync.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.eveseat.domain.character.model.LinkedCharacter;
import org.eveseat.domain.character.model.TokenState;
import org.eveseat.domain.shared.AccountId;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.sync.model.SyncEndpoint;
import org.eveseat.domain.sync.model.TokenCoverage;
import org.eveseat.domain.testing.InMemoryCharacters;
import org.junit.jupiter.api.Test;

class TokenCoverageServiceTest {
    private static final String WALLET = SyncEndpoint.WALLET_BALANCE.scope();

    private final InMemoryCharacters characters = new InMemoryCharacters();
    private final TokenCoverageService service = new TokenCoverageService(characters);

    @Test
    void aValidTokenCoversTheEndpointsOfItsScopesAndNamesTheScopesItLacks() {
        link(1001, Set.of("publicData", WALLET), TokenState.VALID);

        TokenCoverage coverage = service.coverage(10).get(0);

        assertThat(coverage.covered()).contains(SyncEndpoint.WALLET_BALANCE)
                .allSatisfy(endpoint -> assertThat(endpoint.scope()).isEqualTo(WALLET));
        assertThat(coverage.missingScopes()).doesNotContain(WALLET).containsAll(scopesOtherThan(WALLET));
    }

    @Test
    void anInvalidTokenCoversNothingButLacksOnlyWhatItWasNotGranted() {
        link(1002, Set.of("publicData", WALLET), TokenState.INVALID);

        TokenCoverage coverage = service.coverage(10).get(0);

        assertThat(coverage.covered()).isEmpty();
        assertThat(coverage.missingScopes()).doesNotContain(WALLET);
    }

    @Test
    void listsAtMostTheLimitAndRefusesALimitOutsideItsRange() {
        link(1001, Set.of(), TokenState.VALID);
        link(1002, Set.of(), TokenState.VALID);

        assertThat(service.coverage(1)).hasSize(1);
        assertThatThrownBy(() -> service.coverage(0)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> service.coverage(100_001)).isInstanceOf(RuleViolationException.class);
    }

    private void link(long id, Set<String> scopes, TokenState state) {
        characters.save(new LinkedCharacter(new CharacterId(id), "Pilot " + id, "hash" + id, new AccountId(1),
                scopes, state));
    }

    private static Set<String> scopesOtherThan(String scope) {
        return Arrays.stream(SyncEndpoint.values()).map(SyncEndpoint::scope)
                .filter(s -> s != null && !s.equals(scope)).collect(Collectors.toSet());
    }
}
