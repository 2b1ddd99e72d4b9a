package org.eveseat.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document Payara generates for the WAR lists every operation its JAX-RS resources serve, with each
 * path and query parameter (paths as plain templates, without the regular expressions of JAX-RS), and an example
 * of every JSON body: the hostile-input test walks that document, so an
 * operation or parameter missing from it would also go untested.
 */
class OpenApiIT extends DeployedWar {
    @Test
    void theDocumentDescribesEveryDeployedOperationWithItsParametersAndBodyExample() throws Exception {
        OpenApiDocument document = OpenApiDocument.fetch(uri());
        Map<String, ApiOperation> documented = document.operations().stream()
                .collect(Collectors.toMap(ApiOperation::key, Function.identity()));
        List<ApiOperation> deployed = DeployedOperations.all().stream()
                .sorted(Comparator.comparing(ApiOperation::key)).toList();

        assertThat(deployed).as("resources found by reflection").hasSizeGreaterThan(40);
        List<String> gaps = deployed.stream().map(operation -> gap(operation, documented.get(operation.key()),
                document)).filter(gap -> !gap.isEmpty()).toList();
        assertThat(gaps).as("deployed operations the document misses or describes wrongly").isEmpty();
        assertThat(document.optionalPathParameters()).as("path parameters not marked required").isEmpty();
        assertThat(documented.keySet()).as("documented operations nothing serves")
                .containsExactlyInAnyOrderElementsOf(deployed.stream().map(ApiOperation::key).toList());
    }

    private static String gap(ApiOperation deployed, ApiOperation documented, OpenApiDocument document) {
        if (documented == null) {
            return "missing: " + deployed;
        }
        if (!documented.pathParameters().equals(deployed.pathParameters())
                || !documented.queryParameters().equals(deployed.queryParameters())) {
            return "parameters: deployed " + deployed + ", documented " + documented;
        }
        if (deployed.hasBody() && document.bodyExample(documented) == null) {
            return "no JSON body example: " + deployed;
        }
        return "";
    }
}
