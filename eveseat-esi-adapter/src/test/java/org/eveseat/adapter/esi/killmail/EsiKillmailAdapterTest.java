package org.eveseat.adapter.esi.killmail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

import org.eveseat.adapter.esi.common.EsiJson;
import org.eveseat.adapter.esi.testing.FakeEsiHarness;
import org.eveseat.domain.killmail.model.Killmail;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.KillmailRef;
import org.eveseat.domain.shared.NotPermittedException;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.fake.routes.Scopes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EsiKillmailAdapterTest {
    private static final long PILOT = 2112625428L;
    private static final long CORPORATION = 98000001L;
    private static final KillmailRef REAL = new KillmailRef(88486806L, "3c9ed419c00f123ff8d46475b05b70616d1381d8");

    private final FakeEsiHarness harness = new FakeEsiHarness();
    private final EsiKillmailAdapter adapter = new EsiKillmailAdapter(harness.settings(), harness.gateway());

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void recentKillmailsOfACharacterAreReadOverEveryPage() {
        List<org.eveseat.fake.ledger.KillmailRef> refs = LongStream.rangeClosed(1, 5)
                .mapToObj(i -> new org.eveseat.fake.ledger.KillmailRef(100 + i, "a1b2c3d" + i)).toList();
        harness.esi().ledger().character(PILOT).recentKillmails().set(refs);
        harness.esi().pageSize(2);

        var result = adapter.characterRecent(new CharacterId(PILOT),
                harness.token(PILOT, Set.of(Scopes.READ_KILLMAILS)));

        assertThat(((EsiResult.Fresh<List<KillmailRef>>) result).value()).containsExactly(
                new KillmailRef(101, "a1b2c3d1"), new KillmailRef(102, "a1b2c3d2"), new KillmailRef(103, "a1b2c3d3"),
                new KillmailRef(104, "a1b2c3d4"), new KillmailRef(105, "a1b2c3d5"));
        assertThat(harness.esi().requestCount("/characters/" + PILOT + "/killmails/recent")).isGreaterThanOrEqualTo(3);
    }

    @Test
    void recentKillmailsOfACorporationNeedTheDirectorRole() {
        harness.esi().ledger().character(PILOT).corporationId(CORPORATION);
        var token = harness.token(PILOT, Set.of(Scopes.READ_CORPORATION_KILLMAILS));

        assertThatThrownBy(() -> adapter.corporationRecent(new CorporationId(CORPORATION), token))
                .isInstanceOf(NotPermittedException.class);
        harness.esi().ledger().character(PILOT).roles("Director");
        assertThat(((EsiResult.Fresh<List<KillmailRef>>) adapter.corporationRecent(new CorporationId(CORPORATION),
                token)).value()).containsExactly(REAL);
    }

    @Test
    void theRealKillmailIsServedAsItWasWrittenAndNotAskedForAgain() throws Exception {
        Killmail expected = EsiJson.one(KillmailDto.class, KillmailMapper::toDomain)
                .apply(KillmailMapperTest.realKillmailBody());

        var result = adapter.killmail(REAL);

        assertThat(result).isEqualTo(new EsiResult.Fresh<>(expected, result.expires()));
        assertThat(adapter.killmail(REAL)).isInstanceOf(EsiResult.NotDue.class);
        assertThat(harness.esi().requestCount("/killmails/88486806/" + REAL.hash())).isEqualTo(1);
    }

    @Test
    void aWrongHashIsRefused() {
        assertThatThrownBy(() -> adapter.killmail(new KillmailRef(88486806L, "deadbeef")))
                .isInstanceOf(RuleViolationException.class);
    }
}
