package org.eveseat.domain.market.service;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eveseat.domain.shared.TypeId;
import org.eveseat.domain.universe.port.out.TypeNameCatalogue;

/**
 * Published types by their exact name, ignoring case, and their names by id. The index is built again when the
 * catalogue hands out another map (a newer static data version).
 */
final class ExactTypeNames {
    private final TypeNameCatalogue catalogue;
    private volatile Index index = new Index(Map.of(), Map.of());

    ExactTypeNames(TypeNameCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    Optional<TypeId> find(String name) {
        return Optional.ofNullable(index().byName().get(name.toLowerCase(Locale.ROOT)));
    }

    String name(TypeId typeId) {
        return index().names().getOrDefault(typeId, typeId.toString());
    }

    private Index index() {
        Map<TypeId, String> names = catalogue.names();
        Index current = index;
        if (current.names() != names) {
            Map<String, TypeId> byName = new HashMap<>();
            names.forEach((id, name) -> byName.merge(name.toLowerCase(Locale.ROOT), id,
                    (one, other) -> one.value() < other.value() ? one : other));
            current = new Index(names, byName);
            index = current;
        }
        return current;
    }

    private record Index(Map<TypeId, String> names, Map<String, TypeId> byName) {
    }
}
