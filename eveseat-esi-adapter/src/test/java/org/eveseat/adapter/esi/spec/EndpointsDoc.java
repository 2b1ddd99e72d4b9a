package org.eveseat.adapter.esi.spec;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eveseat.adapter.esi.table.EsiReferenceFiles;

/** The operations the features need: the tables of ENDPOINTS.md, as "GET /path". */
final class EndpointsDoc {
    private static final Pattern ROW = Pattern.compile("^\\| (GET|POST|PUT|DELETE) \\| `([^`]+)` \\|", Pattern.MULTILINE);

    private EndpointsDoc() {
    }

    static Set<String> operations() {
        Matcher rows = ROW.matcher(EsiReferenceFiles.read("ENDPOINTS.md"));
        Set<String> operations = new TreeSet<>();
        while (rows.find()) {
            operations.add(rows.group(1) + " " + rows.group(2));
        }
        return operations;
    }
}
