package org.eveseat.domain.asset.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.eveseat.domain.shared.LocationFlag;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.shared.TypeId;
import org.junit.jupiter.api.Test;

class AssetModelTest {
    @Test
    void assetsNeedTypeQuantityAndPlace() {
        Asset ship = new Asset(1_000_000_001L, new TypeId(587), 1, 60003760, LocationType.fromEsi("station"),
                LocationFlag.HANGAR, true, null);
        assertThat(ship.locationType()).isEqualTo(LocationType.STATION);
        assertThatThrownBy(() -> new Asset(1, new TypeId(34), 0, 60003760, LocationType.STATION,
                LocationFlag.HANGAR, false, null)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new Asset(1, new TypeId(34), 1, 60003760, LocationType.STATION, null, false,
                null)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new Asset(1, new TypeId(34), 1, 60003760, null, LocationFlag.HANGAR, false,
                null)).isInstanceOf(RuleViolationException.class);
    }
}
