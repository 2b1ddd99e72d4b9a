package org.eveseat.domain.universe.model;

import org.eveseat.domain.shared.Require;

/** The name and category ESI gives for an id. */
public record ResolvedName(long id, String name, NameCategory category) {
    public ResolvedName {
        Require.positive(id, "id");
        Require.present(name, "name");
        Require.present(category, "name category");
    }
}
