package org.eveseat.domain.wallet.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.eveseat.domain.testing.RecordedEvents;
import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.character.model.TokenInvalidException;
import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.SyncOutcome.Status;
import org.eveseat.domain.shared.UpstreamUnavailableException;
import org.eveseat.domain.wallet.model.WalletBalance;
import org.eveseat.domain.wallet.port.out.WalletBalanceRepository;
import org.eveseat.domain.wallet.port.out.WalletEsi;
import org.junit.jupiter.api.Test;

class SyncWalletBalanceServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final Instant EXPIRES = NOW.plusSeconds(120);
    private static final CharacterId PILOT = new CharacterId(2112625428L);
    private static final WalletBalance STORED = new WalletBalance(PILOT, Isk.of("100.00"), NOW.minusSeconds(600));

    private final Deque<Object> esiAnswers = new ArrayDeque<>();
    private final Map<CharacterId, WalletBalance> balances = new HashMap<>(Map.of(PILOT, STORED));
    private boolean tokenInvalid;

    private final WalletEsi esi = (character, token) -> {
        Object answer = esiAnswers.pop();
        if (answer instanceof RuntimeException failure) {
            throw failure;
        }
        @SuppressWarnings("unchecked")
        EsiResult<Isk> result = (EsiResult<Isk>) answer;
        return result;
    };
    private final AccessTokenQuery tokens = character -> {
        if (tokenInvalid) {
            throw new TokenInvalidException(character);
        }
        return new AccessToken("token", NOW.plusSeconds(1000));
    };
    private final WalletBalanceRepository repository = new WalletBalanceRepository() {
        @Override
        public Optional<WalletBalance> find(CharacterId characterId) {
            return Optional.ofNullable(balances.get(characterId));
        }

        @Override
        public void save(WalletBalance balance) {
            balances.put(balance.characterId(), balance);
        }
    };
    private final RecordedEvents events = new RecordedEvents();
    private final SyncWalletBalanceService service =
            new SyncWalletBalanceService(tokens, esi, repository, events, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void freshDataIsStoredAndTheNextSyncIsDueAtExpires() {
        esiAnswers.push(new EsiResult.Fresh<>(Isk.of("29500.01"), EXPIRES));
        var outcome = service.sync(PILOT);
        assertThat(outcome.status()).isEqualTo(Status.UPDATED);
        assertThat(outcome.nextDue()).isEqualTo(EXPIRES);
        assertThat(balances.get(PILOT)).isEqualTo(new WalletBalance(PILOT, Isk.of("29500.01"), NOW));
        assertThat(events.all()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("wallet.balance");
            assertThat(e.topic()).isEqualTo("character." + PILOT.value() + ".wallet");
            assertThat(e.payload()).containsEntry("balance", "29500.01").containsEntry("characterId", PILOT.value());
        });
    }

    @Test
    void unchangedAndNotDueWriteNothing() {
        esiAnswers.add(new EsiResult.Unchanged<>(EXPIRES));
        esiAnswers.add(new EsiResult.NotDue<>(EXPIRES));
        assertThat(service.sync(PILOT).status()).isEqualTo(Status.UNCHANGED);
        assertThat(service.sync(PILOT).status()).isEqualTo(Status.NOT_DUE);
        assertThat(balances.get(PILOT)).isSameAs(STORED);
        assertThat(events.all()).isEmpty();
    }

    @Test
    void anEsiFailureKeepsTheStoredBalanceAndSchedulesARetry() {
        esiAnswers.push(new UpstreamUnavailableException("ESI answered 503"));
        var outcome = service.sync(PILOT);
        assertThat(outcome.status()).isEqualTo(Status.FAILED);
        assertThat(outcome.detail()).contains("503");
        assertThat(outcome.nextDue()).isEqualTo(NOW.plus(SyncWalletBalanceService.RETRY_AFTER_FAILURE));
        assertThat(balances.get(PILOT)).isSameAs(STORED);
    }

    @Test
    void anInvalidTokenIsReportedNotThrownAndEsiIsNotCalled() {
        tokenInvalid = true;
        var outcome = service.sync(PILOT);
        assertThat(outcome.status()).isEqualTo(Status.TOKEN_INVALID);
        assertThat(outcome.nextDue()).isNull();
        assertThat(esiAnswers).isEmpty();
    }
}
