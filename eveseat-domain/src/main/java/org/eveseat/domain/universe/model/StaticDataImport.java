package org.eveseat.domain.universe.model;

import java.util.List;
import java.util.Map;

import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.TypeId;

/**
 * What loading a static data export did: the version it became, where it came from, the rows per table, and how
 * the types changed against the version before (counts, and the first few of each kind as examples).
 */
public record StaticDataImport(long version, String source, Map<String, Long> rows, long millis, int typesAdded,
                               int typesRenamed, int typesRemoved, List<TypeChange> examples) {
    public static final int MAX_EXAMPLES = 20;

    public StaticDataImport {
        Require.positive(version, "version");
        Require.present(source, "source");
        rows = Map.copyOf(rows);
        examples = Require.list(examples, "examples");
    }

    /** A type added ({@code before} null), renamed, or removed ({@code after} null). */
    public record TypeChange(TypeId typeId, String before, String after) {
        public TypeChange {
            Require.present(typeId, "type");
        }
    }
}
