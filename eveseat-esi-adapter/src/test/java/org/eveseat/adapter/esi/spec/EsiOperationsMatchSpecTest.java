package org.eveseat.adapter.esi.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eveseat.adapter.esi.common.EsiOperations;
import org.eveseat.adapter.esi.common.EsiSettings;
import org.eveseat.adapter.esi.table.EsiOperationSpec;
import org.junit.jupiter.api.Test;

/**
 * Every ESI call EVESeat can make is an operation of the table ({@code operations.txt}), and each one is read from
 * the current spec (a line the spec lacks fails as the table loads). Catches an operation the features need
 * (ENDPOINTS.md) that the table does not list, and a spec of another compatibility date than the one we send.
 */
class EsiOperationsMatchSpecTest {

    @Test
    void theTableListsEveryOperationTheFeaturesNeedEachOnceAndFromTheSpec() {
        Set<String> listed = new TreeSet<>();
        EsiOperations.ALL.stream().map(EsiOperationSpec::key).forEach(listed::add);
        Set<String> needed = EndpointsDoc.operations();
        System.out.printf("ESI operations in the table: %d of %d (needed by features: %d)%n", listed.size(),
                EsiSpec.operationCount(), needed.size());
        assertThat(EsiOperations.ALL).as("operations.txt lines").hasSize(listed.size());
        assertThat(listed).allMatch(key -> EsiSpec.operation(key.split(" ")[0].toLowerCase(), key.split(" ")[1])
                .isPresent());
        assertThat(needed.stream().filter(op -> !listed.contains(op)).toList())
                .as("operations ENDPOINTS.md says the features need, missing from operations.txt").isEmpty();
    }

    @Test
    void theSpecIsTheCompatibilityDateWeSend() {
        @SuppressWarnings("unchecked")
        var parameter = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) EsiSpec.load()
                .get("components")).get("parameters")).get("CompatibilityDate");
        assertThat(parameter.toString()).contains(EsiSettings.COMPATIBILITY_DATE);
    }
}
