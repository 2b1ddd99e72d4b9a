package org.eveseat.adapter.web.rest.contract;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.eveseat.domain.shared.RuleViolationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A search whose region or cursor is not a positive id is a 400 before anything is queried. */
class PublicContractSearchIdsTest {
    @ParameterizedTest
    @ValueSource(strings = {"{\"regionId\": 10000002, \"after\": -5}", "{\"regionId\": 10000002, \"after\": 0}",
            "{\"regionId\": -10000002}", "{\"regionId\": 0}"})
    void idsThatAreNotPositiveAreRefusedBeforeTheQuery(String body) {
        PublicContractSearchResource resource = new PublicContractSearchResource();
        resource.search = search -> {
            throw new AssertionError("queried with " + search);
        };

        assertThatThrownBy(() -> resource.search(body)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("must be a positive number");
    }
}
