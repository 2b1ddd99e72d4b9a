package org.eveseat.adapter.esi.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eveseat.adapter.esi.common.EsiClients;
import org.eveseat.adapter.esi.common.EsiOperations;
import org.eveseat.adapter.esi.common.EsiScope;
import org.eveseat.adapter.esi.common.EsiSettings;
import org.junit.jupiter.api.Test;

/**
 * Every ESI call EVESeat can make through a client interface is an operation of the current spec: same path,
 * method, path and query parameter names (the operations of the table, {@link EsiOperations}, come from the spec). Catches a typo or a route the compatibility date has removed before ESI does, and an operation
 * the features need (ENDPOINTS.md) that no client calls.
 */
class EsiClientsMatchSpecTest {
    private static final Map<Class<? extends Annotation>, String> METHODS =
            Map.of(GET.class, "get", POST.class, "post", PUT.class, "put", DELETE.class, "delete");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

    @Test
    void everyClientMethodIsASpecOperationWithTheSpecsParameters() throws Exception {
        List<Method> calls = clientMethods();
        assertThat(calls).as("client interfaces found").isNotEmpty();
        List<String> problems = new ArrayList<>();
        Set<String> covered = new TreeSet<>();
        for (Method call : calls) {
            String verb = verbOf(call);
            String path = call.getAnnotation(jakarta.ws.rs.Path.class).value();
            var operation = EsiSpec.operation(verb, path);
            if (operation.isEmpty()) {
                problems.add(call + ": no " + verb.toUpperCase() + " " + path + " in the spec");
                continue;
            }
            String scope = call.isAnnotationPresent(EsiScope.class) ? call.getAnnotation(EsiScope.class).value() : "";
            if (!scope.equals(scopeOf(operation.get()))) {
                problems.add(call + ": scope '" + scope + "' but the spec says '" + scopeOf(operation.get()) + "'");
            }
            covered.add(verb.toUpperCase() + " " + path);
            Set<String> specParams = parameterNames(operation.get(), path);
            for (Parameter parameter : call.getParameters()) {
                String name = parameter.isAnnotationPresent(PathParam.class) ? parameter.getAnnotation(PathParam.class).value()
                        : parameter.isAnnotationPresent(QueryParam.class) ? parameter.getAnnotation(QueryParam.class).value() : null;
                if (name != null && !specParams.contains(name)) {
                    problems.add(call + ": parameter " + name + " not in the spec's " + specParams);
                }
            }
        }
        EsiOperations.ALL.forEach(operation -> covered.add(operation.key())); // derived from the spec itself
        Set<String> needed = EndpointsDoc.operations();
        long neededCovered = needed.stream().filter(covered::contains).count();
        System.out.printf("ESI operations covered: %d of %d (needed by features: %d of %d)%n", covered.size(),
                EsiSpec.operationCount(), neededCovered, needed.size());
        assertThat(problems).isEmpty();
        assertThat(needed.stream().filter(op -> !covered.contains(op)).toList())
                .as("operations ENDPOINTS.md says the features need, without a client method").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static String scopeOf(Map<String, Object> operation) {
        var security = (List<Object>) operation.getOrDefault("security", List.of());
        return security.stream().map(s -> (Map<String, Object>) s).flatMap(s -> s.values().stream())
                .flatMap(scopes -> ((List<Object>) scopes).stream()).map(String::valueOf).findFirst().orElse("");
    }

    @Test
    void theSpecIsTheCompatibilityDateWeSend() {
        @SuppressWarnings("unchecked")
        var parameter = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) EsiSpec.load()
                .get("components")).get("parameters")).get("CompatibilityDate");
        assertThat(parameter.toString()).contains(EsiSettings.COMPATIBILITY_DATE);
    }

    @SuppressWarnings("unchecked")
    private static Set<String> parameterNames(Map<String, Object> operation, String path) {
        Set<String> names = new TreeSet<>();
        Matcher placeholders = PLACEHOLDER.matcher(path);
        while (placeholders.find()) {
            names.add(placeholders.group(1));
        }
        for (Object parameter : (List<Object>) operation.getOrDefault("parameters", List.of())) {
            Map<String, Object> p = (Map<String, Object>) parameter;
            Object ref = p.get("$ref");
            Map<String, Object> resolved = ref == null ? p : (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
                    EsiSpec.load().get("components")).get("parameters")).get(ref.toString().substring(ref.toString().lastIndexOf('/') + 1));
            names.add(String.valueOf(resolved.get("name")));
        }
        return names;
    }

    private static String verbOf(Method method) {
        return METHODS.entrySet().stream().filter(e -> method.isAnnotationPresent(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElseThrow();
    }

    /** Methods of the REST client interfaces under org.eveseat.adapter.esi, except EVE SSO's. */
    private static List<Method> clientMethods() {
        return EsiClients.ALL.stream().flatMap(client -> Stream.of(client.getMethods()))
                .filter(m -> m.isAnnotationPresent(jakarta.ws.rs.Path.class)).toList();
    }
}
