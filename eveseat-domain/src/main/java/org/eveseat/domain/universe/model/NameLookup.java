package org.eveseat.domain.universe.model;

import java.util.Set;

import org.eveseat.domain.shared.Require;

/**
 * Names to turn into ids (of characters, corporations, places, types, ...). ESI refuses a whole request over one
 * name longer than 100 characters or blank, so such names are refused here, before any goes out. Matching is
 * exact but ignores case.
 */
public record NameLookup(Set<String> names) {
    public static final int MAX_NAME_LENGTH = 100;

    public NameLookup {
        names = Require.set(names, 1, Integer.MAX_VALUE, "names");
        names.forEach(name -> Require.text(name, MAX_NAME_LENGTH, "name"));
    }

    public static NameLookup of(String... names) {
        return new NameLookup(Set.of(names));
    }
}
