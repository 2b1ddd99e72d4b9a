package org.eveseat.adapter.esi.industry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.eveseat.adapter.esi.testing.FakeEsiHarness;
import org.eveseat.domain.industry.model.IndustryActivity;
import org.eveseat.domain.industry.model.IndustryFacility;
import org.eveseat.domain.industry.model.IndustryJob;
import org.eveseat.domain.industry.model.IndustryJobStatus;
import org.eveseat.domain.industry.model.SystemCostIndices;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.NotPermittedException;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.fake.routes.Scopes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EsiIndustryAdapterTest {
    private static final long PILOT = 2112625428L;
    private static final long CORPORATION = 98000001L;
    private static final Instant START = Instant.parse("2026-08-01T10:00:00Z");

    private final FakeEsiHarness harness = new FakeEsiHarness();
    private final EsiIndustryAdapter adapter = new EsiIndustryAdapter(harness.settings(), harness.gateway());

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void characterJobsNameTheirStationAndLeaveOutCompletedJobsUnlessAsked() {
        harness.esi().ledger().character(PILOT).industryJobs().set(
                new org.eveseat.fake.ledger.IndustryJob(501, PILOT, 60003760L, 60003761L, 1, 1015116533326L, 691,
                        60003762L, 60003763L, 10, 1250.5, 200L, null, 587L, "active", 3600, START,
                        START.plusSeconds(3600), null, null, null, null),
                new org.eveseat.fake.ledger.IndustryJob(500, PILOT, 60003760L, 60003760L, 8, 1015116533327L, 692,
                        60003760L, 60003760L, 2, null, null, 0.34, null, "delivered", 600, START,
                        START.plusSeconds(600), null, START.plusSeconds(700), PILOT, 1L));
        var token = harness.token(PILOT, Set.of(Scopes.READ_CHARACTER_JOBS));

        List<IndustryJob> open = fresh(adapter.characterJobs(new CharacterId(PILOT), false, token));
        List<IndustryJob> all = fresh(adapter.characterJobs(new CharacterId(PILOT), true, token));

        assertThat(open).containsExactly(new IndustryJob(501, 1, IndustryJobStatus.ACTIVE, new CharacterId(PILOT),
                60003760L, 60003761L, 1015116533326L, new TypeId(691), 60003762L, 60003763L, new TypeId(587), 10,
                200, null, null, Isk.of("1250.50"), Duration.ofHours(1), START, START.plusSeconds(3600), null, null,
                null));
        assertThat(all).extracting(IndustryJob::jobId).containsExactly(501L, 500L);
        IndustryJob invention = all.get(1);
        assertThat(invention.status()).isEqualTo(IndustryJobStatus.DELIVERED);
        assertThat(invention.probability()).isEqualTo(0.34);
        assertThat(invention.productTypeId()).isNull();
        assertThat(invention.cost()).isNull();
        assertThat(invention.completedDate()).isEqualTo(START.plusSeconds(700));
        assertThat(invention.completedCharacterId()).isEqualTo(new CharacterId(PILOT));
        assertThat(invention.successfulRuns()).isEqualTo(1);
    }

    @Test
    void corporationJobsAreReadOverEveryPage() {
        harness.esi().ledger().character(PILOT).corporationId(CORPORATION).roles("Factory_Manager");
        harness.esi().pageSize(3);
        List<Long> expected = harness.esi().ledger().corporation(CORPORATION).industryJobs().all().stream()
                .map(org.eveseat.fake.ledger.IndustryJob::jobId).toList();

        List<IndustryJob> jobs = fresh(adapter.corporationJobs(new CorporationId(CORPORATION), true,
                harness.token(PILOT, Set.of(Scopes.READ_CORPORATION_JOBS))));

        assertThat(expected).hasSizeGreaterThan(3);
        assertThat(jobs).extracting(IndustryJob::jobId).containsExactlyElementsOf(expected);
        assertThat(jobs).allSatisfy(job -> assertThat(job.locationId()).isEqualTo(60003760L));
        assertThat(harness.esi().requestCount("/corporations/" + CORPORATION + "/industry/jobs")).isGreaterThan(1);
    }

    @Test
    void corporationJobsNeedTheFactoryManagerRole() {
        harness.esi().ledger().character(PILOT).corporationId(CORPORATION);

        assertThatThrownBy(() -> adapter.corporationJobs(new CorporationId(CORPORATION), false,
                harness.token(PILOT, Set.of(Scopes.READ_CORPORATION_JOBS))))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void facilitiesAreReadOnceUntilTheyExpire() {
        List<IndustryFacility> facilities = fresh(adapter.facilities());

        assertThat(facilities).contains(new IndustryFacility(60003760L, new TypeId(1531), new CorporationId(1000035),
                new SolarSystemId(30000142), new RegionId(10000002), 0.1));
        assertThat(adapter.facilities()).isInstanceOf(EsiResult.NotDue.class);
        assertThat(harness.esi().requestCount("/industry/facilities")).isEqualTo(1);
    }

    @Test
    void costIndicesAreAnsweredUnchangedWhenTheEtagStillMatches() {
        harness.esi().cacheSeconds(Duration.ofMinutes(5));
        var ledger = harness.esi().ledger().publicData().industrySystems().all().get(0);

        List<SystemCostIndices> systems = fresh(adapter.costIndices());
        harness.clock().advance(Duration.ofMinutes(6));

        SystemCostIndices first = systems.get(0);
        assertThat(first.solarSystemId()).isEqualTo(new SolarSystemId(ledger.solarSystemId()));
        assertThat(first.costIndices().get(0)).isEqualTo(new SystemCostIndices.CostIndex(
                IndustryActivity.MANUFACTURING, ledger.costIndices().get(0).costIndex()));
        assertThat(first.costIndices()).extracting(SystemCostIndices.CostIndex::activity)
                .contains(IndustryActivity.RESEARCHING_MATERIAL_EFFICIENCY, IndustryActivity.INVENTION);
        assertThat(adapter.costIndices()).isInstanceOf(EsiResult.Unchanged.class);
    }

    private static <T> T fresh(EsiResult<T> result) {
        assertThat(result).isInstanceOf(EsiResult.Fresh.class);
        return ((EsiResult.Fresh<T>) result).value();
    }
}
