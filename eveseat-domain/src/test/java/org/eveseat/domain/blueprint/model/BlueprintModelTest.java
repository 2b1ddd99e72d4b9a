package org.eveseat.domain.blueprint.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.eveseat.domain.shared.LocationFlag;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.shared.TypeId;
import org.junit.jupiter.api.Test;

class BlueprintModelTest {
    @Test
    void quantityTellsOriginalsFromCopies() {
        assertThat(blueprint(-1, -1, 10, 20).isCopy()).isFalse();
        assertThat(blueprint(-2, 5, 0, 0).isCopy()).isTrue();
        assertThat(blueprint(3, -1, 0, 0).isCopy()).as("a stack of originals").isFalse();
        assertThatThrownBy(() -> blueprint(0, -1, 0, 0)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> blueprint(-3, -1, 0, 0)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> blueprint(-2, -2, 0, 0)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void researchLevelsStayWithinEveLimits() {
        assertThatThrownBy(() -> blueprint(-1, -1, 11, 0)).hasMessageContaining("material efficiency");
        assertThatThrownBy(() -> blueprint(-1, -1, 0, 22)).hasMessageContaining("time efficiency");
        assertThatThrownBy(() -> blueprint(-1, -1, -1, 0)).isInstanceOf(RuleViolationException.class);
    }

    private static Blueprint blueprint(int quantity, int runs, int me, int te) {
        return new Blueprint(1_000_000_001L, new TypeId(691), 60003760, LocationFlag.HANGAR, quantity, runs, me, te);
    }
}
