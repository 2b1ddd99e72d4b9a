package org.eveseat.domain.loyalty.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.shared.TypeId;
import org.junit.jupiter.api.Test;

class LoyaltyModelTest {
    @Test
    void offersCostLpAndIskAndMayNeedItems() {
        var tags = new LoyaltyOffer.RequiredItem(new TypeId(17765), 5);
        LoyaltyOffer offer = new LoyaltyOffer(3584, new TypeId(17843), 1, 1_200_000, Isk.of("900000000"), null,
                List.of(tags));
        assertThat(offer.requiredItems()).containsExactly(tags);
        assertThat(offer.akCost()).isNull();
        assertThatThrownBy(() -> new LoyaltyOffer(3584, new TypeId(17843), 1, -1, Isk.of("0"), null, null))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new LoyaltyOffer.RequiredItem(new TypeId(17765), 0))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void pointsBelongToACorporation() {
        assertThat(new LoyaltyPoints(new CorporationId(1000035), 0).points()).isZero();
        assertThatThrownBy(() -> new LoyaltyPoints(null, 5)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new LoyaltyPoints(new CorporationId(1000035), -5))
                .isInstanceOf(RuleViolationException.class);
    }
}
