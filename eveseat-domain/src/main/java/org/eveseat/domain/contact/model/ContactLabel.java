package org.eveseat.domain.contact.model;

import org.eveseat.domain.shared.Require;

/** A label that groups contacts. */
public record ContactLabel(long labelId, String name) {
    public ContactLabel {
        Require.positive(labelId, "label id");
        Require.present(name, "label name");
    }
}
