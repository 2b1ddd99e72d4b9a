package org.eveseat.adapter.esi.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eveseat.adapter.esi.table.EsiOperationSpec;
import org.eveseat.adapter.esi.table.EsiOperationTable;

/**
 * The product's operation table ({@code operations.txt}): every ESI operation EVESeat calls, each through
 * {@link EsiRequest}. Listing them here, not just naming them in code, makes the login ask for their scopes
 * ({@link #scopes()}, as SeAT does, so a pilot grants everything once) and lets the spec test see them; a request
 * for an operation not listed is refused.
 */
public final class EsiOperations {
    /** The legacy scope for public character data; EVE SSO still expects it in a login request. */
    public static final String PUBLIC_DATA = "publicData";

    public static final List<EsiOperationSpec> ALL = load();

    private EsiOperations() {
    }

    static EsiOperationSpec listed(String key) {
        return ALL.stream().filter(op -> op.key().equals(key)).findFirst().orElseThrow(() ->
                new IllegalArgumentException(key + " is not in the operation table operations.txt"));
    }

    /** {@code publicData} and the scope of every listed operation that needs one, sorted. */
    public static List<String> scopes() {
        Set<String> scopes = new TreeSet<>();
        ALL.stream().map(EsiOperationSpec::scope).filter(scope -> scope != null).forEach(scopes::add);
        return Stream.concat(Stream.of(PUBLIC_DATA), scopes.stream()).toList();
    }

    private static List<EsiOperationSpec> load() {
        try (InputStream in = EsiOperations.class.getResourceAsStream("operations.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).map(EsiOperationTable::operation).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
