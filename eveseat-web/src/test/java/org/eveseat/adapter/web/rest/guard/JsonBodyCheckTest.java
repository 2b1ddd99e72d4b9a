package org.eveseat.adapter.web.rest.guard;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.eveseat.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class JsonBodyCheckTest {
    @Test
    void anOrdinaryBodyPasses() {
        assertThatCode(() -> JsonBodyCheck.check("{\"recipients\": [{\"id\": 95465499, \"type\": \"character\"}], "
                + "\"subject\": \"Fuel \\ud83d\\ude80\", \"approvedCost\": 1.5e3, \"ok\": true, \"x\": null}  \n"))
                .doesNotThrowAnyException();
        assertThatCode(() -> JsonBodyCheck.check("\"just a string\"")).doesNotThrowAnyException();
    }

    @Test
    void nulAndLoneSurrogatesAreRefusedNamingTheField() {
        assertRefused("{\"subject\": \"\\u0000x\"}", "field 'subject' contains U+0000");
        assertRefused("{\"name\": \"a\\ud800\"}", "field 'name' contains a lone surrogate");
        assertRefused("{\"a\\u0000\": 1}", "a field name contains U+0000");
    }

    @Test
    void deepNestingIsRefusedBeforeItCostsAnything() {
        String deep = "[".repeat(1000) + "]".repeat(1000);
        assertRefused(deep, "nested more than 32 levels");
        assertRefused("{\"a\":" + "[".repeat(200_000), "nested more than 32 levels");
        assertThatCode(() -> JsonBodyCheck.check("[".repeat(32) + "]".repeat(32))).doesNotThrowAnyException();
    }

    @Test
    void hugeNumbersAreRefused() {
        assertRefused("{\"regionId\": " + "9".repeat(1100) + "}", "field 'regionId' is a number of 1100 characters");
        assertRefused("{\"minPrice\": 1e1000000000}", "field 'minPrice' is out of range");
        assertRefused("{\"minPrice\": 1e-999}", "field 'minPrice' is out of range");
    }

    @Test
    void trailingGarbageAndBrokenDocumentsAreRefused() {
        assertRefused("{\"regionId\": 1} {\"regionId\": 2}", "more after its JSON document");
        assertRefused("{\"regionId\": 1} x", "more after its JSON document");
        assertRefused("{\"regionId\": 1,}", "not valid JSON");
        assertRefused("{\"regionId\": ", "JSON");
        assertRefused("", "JSON");
    }

    private static void assertRefused(String body, String detail) {
        assertThatThrownBy(() -> JsonBodyCheck.check(body)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining(detail);
    }
}
