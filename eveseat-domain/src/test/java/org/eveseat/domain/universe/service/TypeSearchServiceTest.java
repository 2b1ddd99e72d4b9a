package org.eveseat.domain.universe.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;

import org.eveseat.domain.market.PricingStaticData;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.domain.universe.model.StaticType;
import org.junit.jupiter.api.Test;

class TypeSearchServiceTest {
    private final PricingStaticData data = new PricingStaticData() {
        @Override
        public Map<TypeId, String> names() {
            Map<TypeId, String> names = new java.util.HashMap<>(super.names());
            names.put(new TypeId(9999), "Tritanium Blueprint"); // no details: left out
            return names;
        }
    };
    private final TypeSearchService search = new TypeSearchService(data);

    @Test
    void ranksExactThenPrefixThenWordMatches() {
        assertThat(search.search("tritanium", true, 10)).extracting(StaticType::name).containsExactly("Tritanium");
        assertThat(search.search("shield ext", true, 10)).extracting(StaticType::name)
                .containsExactly("Large Shield Extender II");
        assertThat(search.search("ri", true, 10)).extracting(StaticType::name).containsExactly("Rifter");
        assertThat(search.search("  civilian ", false, 10)).extracting(StaticType::name)
                .containsExactly("Civilian Gatling Railgun");
    }

    @Test
    void marketOnlyLeavesOutTypesWithoutAMarketGroup() {
        assertThat(search.search("civilian", true, 10)).isEmpty();
        assertThat(data.type(PricingStaticData.CIVILIAN_GUN)).map(StaticType::marketGroupId).isEqualTo(Optional.empty());
    }

    @Test
    void refusesEmptyTextAndLimitsOutOfRange() {
        assertThatThrownBy(() -> search.search(" ", true, 10)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> search.search("rif", true, 51)).isInstanceOf(RuleViolationException.class);
        assertThat(search.search("r", false, 2)).extracting(StaticType::name)
                .containsExactly("Rifter", "Civilian Gatling Railgun");
    }
}
