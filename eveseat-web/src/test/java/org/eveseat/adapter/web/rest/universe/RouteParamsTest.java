package org.eveseat.adapter.web.rest.universe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.universe.model.RouteFlag;
import org.eveseat.domain.universe.model.RoutePlan;

/** The route query read into a plan: ids repeated or comma-separated, regions told from systems by id range. */
class RouteParamsTest {
    @Test
    void idsMayBeRepeatedOrCommaSeparatedAndRegionsAreToldFromSystems() {
        RoutePlan plan = params("30000142", "30002187", List.of("30002659,30002510", "30000144"),
                List.of("10000002, 30000145"), "secure", "best").plan();

        assertThat(plan.via()).containsExactly(new SolarSystemId(30002659L), new SolarSystemId(30002510L),
                new SolarSystemId(30000144L));
        assertThat(plan.avoidRegions()).containsExactly(new RegionId(10000002L));
        assertThat(plan.avoidSystems()).containsExactly(new SolarSystemId(30000145L));
        assertThat(plan.flag()).isEqualTo(RouteFlag.SECURE);
        assertThat(plan.bestOrder()).isTrue();
        assertThat(params("30000142", "30002187", null, null, null, null).plan().flag())
                .isEqualTo(RouteFlag.SHORTEST);
    }

    @Test
    void whatIsNoSystemOrRegionIdOrKnownFlagOrOrderIsRefused() {
        assertThatThrownBy(() -> params(null, "30002187", null, null, null, null).plan())
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("from is required");
        assertThatThrownBy(() -> params("60003760", "30002187", null, null, null, null).plan())
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("no solar system id");
        assertThatThrownBy(() -> params("30000142", "30002187", List.of("x"), null, null, null).plan())
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("via");
        assertThatThrownBy(() -> params("30000142", "30002187", null, List.of("20000020"), null, null).plan())
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("avoid");
        assertThatThrownBy(() -> params("30000142", "30002187", null, null, "fast", null).plan())
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("flag");
        assertThatThrownBy(() -> params("30000142", "30002187", null, null, null, "random").plan())
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("order");
        assertThatThrownBy(() -> params("30000142", "30002187", List.of("30000144,".repeat(2_001)), null, null,
                null).plan()).isInstanceOf(RuleViolationException.class).hasMessageContaining("at most");
    }

    private static RouteParams params(String from, String to, List<String> via, List<String> avoid, String flag,
                                      String order) {
        RouteParams params = new RouteParams();
        params.from = from;
        params.to = to;
        params.via = via;
        params.avoid = avoid;
        params.flag = flag;
        params.order = order;
        return params;
    }
}
