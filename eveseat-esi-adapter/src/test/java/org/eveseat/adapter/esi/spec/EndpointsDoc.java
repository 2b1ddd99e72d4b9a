package org.eveseat.adapter.esi.spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The operations the features need: the tables of shared/esi/ENDPOINTS.md, as "GET /path". */
final class EndpointsDoc {
    private static final Pattern ROW = Pattern.compile("^\\| (GET|POST|PUT|DELETE) \\| `([^`]+)` \\|", Pattern.MULTILINE);

    private EndpointsDoc() {
    }

    static Set<String> operations() {
        Path spec = EsiSpec.locate().orElseThrow();
        try {
            Matcher rows = ROW.matcher(Files.readString(spec.resolveSibling("ENDPOINTS.md")));
            Set<String> operations = new TreeSet<>();
            while (rows.find()) {
                operations.add(rows.group(1) + " " + rows.group(2));
            }
            return operations;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
