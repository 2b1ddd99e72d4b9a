package org.eveseat.adapter.esi.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A clone of the repository alone must build and test: no source file, build file, script or document may reach
 * for reference data in a folder beside the checkout (the ESI spec and examples, the SDE extracts), whose copies
 * the build needs live in the repository (test resources {@code esi/} and {@code org/eveseat/fake/}).
 */
class SelfContainedRepositoryTest {
    /** The parent folder's shared folder anywhere, or a path starting with a shared folder of reference data. */
    static final Pattern OUTSIDE = Pattern.compile("\\.\\./shared\\b|(?<![\\w/.-])shared/(esi|sde|docs)\\b");
    static final Set<String> SKIPPED_FOLDERS = Set.of(".git", "target", "node_modules", "dist", "data");
    static final Set<String> TEXT = Set.of("java", "xml", "md", "ts", "tsx", "js", "mjs", "json", "properties", "sh",
            "yml", "yaml", "xhtml", "html", "css", "txt", "sql", "");

    @Test
    void noFileRefersToTheSharedFolderOutsideTheRepository() throws IOException {
        Path root = Path.of(System.getProperty("eveseat.repository", "..")).toAbsolutePath().normalize();
        assertThat(root.resolve("pom.xml")).as("repository root").isRegularFile();
        assertThat(root.resolve("eveseat-esi-spec/src/main/resources/esi/swagger.json")).isRegularFile();

        List<String> offending;
        try (Stream<Path> files = Files.walk(root)) {
            offending = files.filter(file -> !skipped(root.relativize(file)) && Files.isRegularFile(file)
                            && TEXT.contains(extension(file)))
                    .flatMap(file -> offendingLines(root, file)).toList();
        }
        assertThat(offending).as("files that read reference data from outside the repository").isEmpty();
    }

    /** The pattern must catch the ways the tests used to find the data (spelt in pieces so as not to match here). */
    @Test
    void thePatternCatchesThePathsOnceUsed() {
        String folder = "shared";
        assertThat(List.of("dir.resolve(\"" + folder + "/esi\")", "\"" + folder + "/esi/examples/market/x.json\"",
                "`../" + folder + "/esi/ENDPOINTS.md`", "columns from `" + folder + "/sde/`"))
                .allMatch(line -> OUTSIDE.matcher(line).find());
        assertThat(List.of("org/eveseat/domain/shared/Isk.java", "org.eveseat.domain.shared", "shared/ folder"))
                .noneMatch(line -> OUTSIDE.matcher(line).find());
    }

    private static boolean skipped(Path relative) {
        for (Path part : relative) {
            if (SKIPPED_FOLDERS.contains(part.toString())) {
                return true;
            }
        }
        return false;
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }

    private static Stream<String> offendingLines(Path root, Path file) {
        try {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            return text.lines().filter(line -> OUTSIDE.matcher(line).find())
                    .map(line -> root.relativize(file) + ": " + line.strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
