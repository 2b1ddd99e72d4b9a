package org.eveseat.archfixture.clean.adapter.persistence;

import java.time.Instant;

/** Shared by the persistence adapters of all features. */
public final class Timestamps {
    private Timestamps() {
    }

    public static Instant now() {
        return Instant.now();
    }
}
