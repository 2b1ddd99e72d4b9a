package org.eveseat.domain.industry.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;
import org.junit.jupiter.api.Test;

class IndustryModelTest {
    private static final Instant START = Instant.parse("2026-08-01T10:00:00Z");

    @Test
    void jobsNeedTheirRequiredParts() {
        IndustryJob job = job(1, Duration.ofHours(2));
        assertThat(job.status()).isEqualTo(IndustryJobStatus.ACTIVE);
        assertThat(job.completedDate()).isNull();
        assertThatThrownBy(() -> job(0, Duration.ofHours(2))).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> job(1, null)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void costIndicesAreNotNegative() {
        var index = new SystemCostIndices.CostIndex(IndustryActivity.fromEsi("manufacturing"), 0.0123);
        assertThat(new SystemCostIndices(new SolarSystemId(30000142), List.of(index)).costIndices())
                .containsExactly(index);
        assertThatThrownBy(() -> new SystemCostIndices.CostIndex(IndustryActivity.INVENTION, -0.1))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new SystemCostIndices(null, List.of())).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void facilitiesNeedTheirPlace() {
        assertThat(new IndustryFacility(60003760, new TypeId(1531), new CorporationId(1000035),
                new SolarSystemId(30000142), new RegionId(10000002), null).tax()).isNull();
        assertThatThrownBy(() -> new IndustryFacility(60003760, new TypeId(1531), new CorporationId(1000035), null,
                new RegionId(10000002), 0.1)).isInstanceOf(RuleViolationException.class);
    }

    private static IndustryJob job(long jobId, Duration duration) {
        return new IndustryJob(jobId, 1, IndustryJobStatus.fromEsi("active"), new CharacterId(2112625428L),
                60003760, 60003760, 1_000_000_001L, new TypeId(691), 60003760, 60003760, new TypeId(587), 10, null,
                null, null, null, duration, START, START.plus(Duration.ofHours(2)), null, null, null);
    }
}
