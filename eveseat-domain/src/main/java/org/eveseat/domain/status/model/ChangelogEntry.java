package org.eveseat.domain.status.model;

import java.time.LocalDate;

import org.eveseat.domain.shared.Require;

/**
 * One change to an ESI route and the compatibility date it came with: what tells an admin that a breaking change
 * waits behind a newer date than the one EVESeat sends.
 */
public record ChangelogEntry(LocalDate compatibilityDate, String method, String path, ChangeType type,
                             String description) {
    public ChangelogEntry {
        Require.present(compatibilityDate, "compatibility date");
        Require.text(method, 10, "method");
        Require.text(path, 300, "path");
        Require.present(type, "change type");
        Require.present(description, "description");
    }

    public boolean breaking() {
        return type == ChangeType.BREAKING || type == ChangeType.REMOVED;
    }
}
