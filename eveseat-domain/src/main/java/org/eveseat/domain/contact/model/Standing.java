package org.eveseat.domain.contact.model;

import org.eveseat.domain.shared.Require;

/** A standing towards a contact, from -10 (terrible) to +10 (excellent). */
public record Standing(double value) {
    public Standing {
        Require.between(value, -10.0, 10.0, "standing");
    }
}
