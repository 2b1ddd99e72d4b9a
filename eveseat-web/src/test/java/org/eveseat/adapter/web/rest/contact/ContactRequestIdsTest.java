package org.eveseat.adapter.web.rest.contact;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.eveseat.domain.shared.RuleViolationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Contacts and contact labels in a change are named by positive ids. */
class ContactRequestIdsTest {
    @ParameterizedTest
    @ValueSource(strings = {"{\"contactIds\": [-3], \"standing\": 5.0}",
            "{\"contactIds\": [3], \"standing\": 5.0, \"labels\": [0]}"})
    void idsThatAreNotPositiveAreRefused(String body) {
        assertThatThrownBy(() -> ContactRequests.change(body)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("must be a positive number");
    }
}
