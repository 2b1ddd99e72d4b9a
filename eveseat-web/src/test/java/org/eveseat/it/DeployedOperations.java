package org.eveseat.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;

import org.eveseat.adapter.web.rest.EveSeatApplication;

/**
 * The operations the WAR's JAX-RS resources serve, read from their annotations the way Jersey reads them: the
 * class and method paths, the HTTP method, and every path and query parameter, including those of
 * {@code @BeanParam} classes (and their superclasses), of resource fields and of inherited resource methods.
 */
final class DeployedOperations {
    private static final String RESOURCES = "org/eveseat/adapter/web/rest";

    private DeployedOperations() {
    }

    static List<ApiOperation> all() {
        List<ApiOperation> operations = new ArrayList<>();
        for (Class<?> resource : resourceClasses()) {
            for (Method method : resource.getMethods()) {
                String verb = httpMethod(method);
                if (verb != null) {
                    operations.add(operation(resource, method, verb));
                }
            }
        }
        return operations;
    }

    private static ApiOperation operation(Class<?> resource, Method method, String verb) {
        String path = ApiOperation.normalise("/api/" + resource.getAnnotation(jakarta.ws.rs.Path.class).value() + "/"
                + (method.isAnnotationPresent(jakarta.ws.rs.Path.class)
                        ? method.getAnnotation(jakarta.ws.rs.Path.class).value() : ""));
        Set<String> query = new TreeSet<>();
        boolean body = false;
        for (Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(QueryParam.class)) {
                query.add(parameter.getAnnotation(QueryParam.class).value());
            } else if (parameter.isAnnotationPresent(BeanParam.class)) {
                query.addAll(queryFields(parameter.getType()));
            } else if (!parameter.isAnnotationPresent(PathParam.class)
                    && !parameter.isAnnotationPresent(Context.class)
                    && !parameter.isAnnotationPresent(HeaderParam.class)) {
                body = true;
            }
        }
        query.addAll(queryFields(resource));
        return new ApiOperation(verb, path, ApiOperation.templateParameters(path), query, body);
    }

    private static Set<String> queryFields(Class<?> type) {
        Set<String> names = new TreeSet<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.isAnnotationPresent(QueryParam.class)) {
                    names.add(field.getAnnotation(QueryParam.class).value());
                }
            }
        }
        return names;
    }

    private static String httpMethod(AnnotatedElement method) {
        return Stream.of(method.getAnnotations())
                .map(a -> a.annotationType().getAnnotation(HttpMethod.class)).filter(m -> m != null)
                .map(m -> m.value().toUpperCase(Locale.ROOT)).findFirst().orElse(null);
    }

    private static List<Class<?>> resourceClasses() {
        try {
            Path classes = Path.of(EveSeatApplication.class.getProtectionDomain().getCodeSource().getLocation()
                    .toURI());
            try (Stream<Path> files = Files.walk(classes.resolve(RESOURCES))) {
                return files.map(classes::relativize).map(Path::toString).filter(f -> f.endsWith(".class"))
                        .map(f -> f.substring(0, f.length() - 6).replace('/', '.')).map(DeployedOperations::load)
                        .filter(c -> c.isAnnotationPresent(jakarta.ws.rs.Path.class) && !c.isInterface())
                        .toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, DeployedOperations.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
