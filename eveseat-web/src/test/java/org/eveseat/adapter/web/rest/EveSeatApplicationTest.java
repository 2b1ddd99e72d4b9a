package org.eveseat.adapter.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.ws.rs.ext.Provider;

import org.junit.jupiter.api.Test;

/**
 * The API's components are listed, not scanned, so that the REST client interfaces in the libraries are not
 * taken for resources (Jersey warned "cannot be instantiated" for each at every start). The list must hold
 * exactly the module's resources and providers: one added without being listed would silently not be served.
 */
class EveSeatApplicationTest {

    @Test
    void theApplicationHoldsNoInterfaceAndOnlyResourcesAndProviders() {
        assertThat(new EveSeatApplication().getClasses()).isNotEmpty()
                .noneMatch(Class::isInterface)
                .allMatch(type -> type.isAnnotationPresent(jakarta.ws.rs.Path.class)
                        || type.isAnnotationPresent(Provider.class));
    }

    @Test
    void everyResourceAndProviderOfTheModuleIsListed() throws Exception {
        assertThat(new EveSeatApplication().getClasses())
                .as("classes with @Path or @Provider in eveseat-web; list new ones in EveSeatApplication")
                .containsExactlyInAnyOrderElementsOf(annotatedClassesOfTheModule());
    }

    private static List<Class<?>> annotatedClassesOfTheModule() throws Exception {
        Path root = Path.of(EveSeatApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(root.resolve("org/eveseat"))) {
            List<String> names = files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "")).toList();
            ClassLoader loader = EveSeatApplication.class.getClassLoader();
            List<Class<?>> annotated = new ArrayList<>();
            for (String name : names) {
                Class<?> type = Class.forName(name, false, loader);
                if (type.isAnnotationPresent(jakarta.ws.rs.Path.class) || type.isAnnotationPresent(Provider.class)) {
                    annotated.add(type);
                }
            }
            return annotated;
        }
    }
}
