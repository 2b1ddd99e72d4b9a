package org.eveseat.adapter.web.rest;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.json.JsonObjectBuilder;

import org.eveseat.domain.universe.model.EntityNames;

/**
 * Names next to the ids of an answer. Resources collect the ids of all their rows ({@link #ids}), resolve them
 * once, and write each name beside its id; a name not known (yet) is JSON null, which the UI shows as a neutral
 * placeholder.
 */
public final class NamesJson {
    private NamesJson() {
    }

    public static Set<Long> ids(Stream<Long> ids) {
        return ids.filter(Objects::nonNull).collect(Collectors.toSet());
    }

    public static JsonObjectBuilder name(JsonObjectBuilder json, String field, EntityNames names, Long id) {
        String name = names.name(id);
        return name == null ? json.addNull(field) : json.add(field, name);
    }
}
