package org.eveseat.adapter.web.rest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Payara writes a JAX-RS path parameter with a regular expression into the OpenAPI path as it is
 * ({@code /v1/{kind: corporations|alliances}/...}), which is no valid path template and matches no parameter name.
 * This filter writes such paths as {@code {kind}} and, where the expression lists literal choices, gives the
 * parameter those choices as its enumeration. Registered as {@code mp.openapi.filter}.
 */
public class PathTemplateFilter implements OASFilter {
    private static final Pattern REGEX_PARAMETER = Pattern.compile("\\{\\s*(\\w+)\\s*:\\s*([^}]*)}");
    private static final Pattern LITERAL_CHOICES = Pattern.compile("[\\w-]+(\\|[\\w-]+)*");

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        if (openApi.getPaths() == null || openApi.getPaths().getPathItems() == null) {
            return;
        }
        for (String path : List.copyOf(openApi.getPaths().getPathItems().keySet())) {
            Matcher parameters = REGEX_PARAMETER.matcher(path);
            if (parameters.find()) {
                PathItem item = openApi.getPaths().getPathItem(path);
                openApi.getPaths().removePathItem(path);
                do {
                    enumerate(item, parameters.group(1), parameters.group(2).trim());
                } while (parameters.find());
                openApi.getPaths().addPathItem(REGEX_PARAMETER.matcher(path).replaceAll("{$1}"), item);
            }
        }
    }

    private static void enumerate(PathItem item, String name, String regex) {
        if (!LITERAL_CHOICES.matcher(regex).matches() || item.getOperations() == null) {
            return;
        }
        List<Object> choices = List.of((Object[]) regex.split("\\|"));
        for (Operation operation : item.getOperations().values()) {
            for (Parameter parameter : operation.getParameters() == null ? List.<Parameter>of()
                    : operation.getParameters()) {
                if (name.equals(parameter.getName()) && parameter.getIn() == Parameter.In.PATH) {
                    parameter.setSchema(OASFactory.createSchema().type(Schema.SchemaType.STRING).enumeration(choices));
                }
            }
        }
    }
}
