package org.eveseat.adapter.esi.intel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.LongStream;

import org.eveseat.adapter.esi.testing.FakeEsiHarness;
import org.eveseat.domain.intel.model.Belligerent;
import org.eveseat.domain.intel.model.War;
import org.eveseat.domain.shared.AllianceId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.KillmailRef;
import org.eveseat.domain.shared.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EsiWarAdapterTest {
    private final FakeEsiHarness harness = new FakeEsiHarness();
    private final EsiWarAdapter adapter = new EsiWarAdapter(harness.settings(), harness.gateway());

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void warIdsComeNewestFirstAndBelowTheCursor() {
        assertThat(((EsiResult.Fresh<List<Long>>) adapter.warIds(OptionalLong.empty())).value())
                .containsExactly(745_003L, 1941L);
        assertThat(((EsiResult.Fresh<List<Long>>) adapter.warIds(OptionalLong.of(745_002L))).value())
                .containsExactly(1941L);
    }

    @Test
    void anAllianceWarMapsBothSidesAndItsAllies() {
        var result = (EsiResult.Fresh<War>) adapter.war(745_003L);

        assertThat(result.value()).isEqualTo(new War(745_003L, Instant.parse("2026-07-01T11:00:00Z"),
                Instant.parse("2026-07-02T11:00:00Z"), null, null, false, true,
                new War.Side(Belligerent.alliance(new AllianceId(99000001L)), Isk.of("1200000000"), 14),
                new War.Side(Belligerent.alliance(new AllianceId(99000002L)), Isk.of("350000000"), 4),
                List.of(Belligerent.corporation(new CorporationId(98000003L)))));
    }

    @Test
    void aFinishedCorporationWarKeepsItsTimeline() {
        Instant declared = Instant.parse("2004-05-22T05:20:00Z");

        var result = (EsiResult.Fresh<War>) adapter.war(1941L);

        assertThat(result.value()).isEqualTo(new War(1941L, declared, declared.plusSeconds(86_400), null,
                declared.plusSeconds(8 * 86_400), false, false,
                new War.Side(Belligerent.corporation(new CorporationId(986665792L)), Isk.of("0"), 0),
                new War.Side(Belligerent.corporation(new CorporationId(1001562011L)), Isk.of("0"), 0), List.of()));
    }

    @Test
    void anUnknownWarIsNotFound() {
        assertThatThrownBy(() -> adapter.war(4L)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aWarsKillmailsAreReadOverAllPages() {
        List<org.eveseat.fake.ledger.KillmailRef> kills = LongStream.rangeClosed(1, 25).map(i -> 130_000_026L - i)
                .mapToObj(id -> new org.eveseat.fake.ledger.KillmailRef(id, Long.toHexString(id * 7919) + "ab"))
                .toList();
        harness.esi().ledger().publicData().warKillmails(745_003L).set(kills);
        harness.esi().pageSize(10);

        var result = (EsiResult.Fresh<List<KillmailRef>>) adapter.killmails(745_003L);

        assertThat(result.value()).hasSize(25).containsExactlyElementsOf(kills.stream()
                .map(k -> new KillmailRef(k.killmailId(), k.killmailHash())).toList());
        assertThat(result.value().get(0)).isEqualTo(new KillmailRef(130_000_025L,
                Long.toHexString(130_000_025L * 7919) + "ab"));
        assertThat(harness.esi().requestCount("/wars/745003/killmails")).isGreaterThanOrEqualTo(3);
    }
}
