package org.eveseat.domain.killmail.service;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.eveseat.domain.killmail.model.Killmail;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.domain.universe.model.SystemPlace;
import org.eveseat.domain.universe.port.out.SolarSystemCatalogue;
import org.eveseat.domain.universe.port.out.TypeNameCatalogue;

/** The static data's names for what a killmail mentions: its system and region, and its ship and item types. */
final class KillmailNames {
    private final TypeNameCatalogue types;
    private final SolarSystemCatalogue systems;

    KillmailNames(TypeNameCatalogue types, SolarSystemCatalogue systems) {
        this.types = types;
        this.systems = systems;
    }

    SystemPlace place(SolarSystemId systemId) {
        return systems.place(systemId).orElse(SystemPlace.unknown(systemId));
    }

    String typeName(TypeId typeId) {
        return typeId == null ? null : types.names().get(typeId);
    }

    /** The names of the victim's ship, the attackers' ships and weapons and every item, nested ones too. */
    Map<TypeId, String> typeNames(Killmail killmail) {
        Map<TypeId, String> names = new HashMap<>();
        Stream.concat(Stream.of(killmail.victim().shipTypeId()), Stream.concat(
                        killmail.attackers().stream().flatMap(a -> Stream.of(a.shipTypeId(), a.weaponTypeId())),
                        items(killmail.victim().items().stream())))
                .forEach(type -> {
                    String name = typeName(type);
                    if (name != null) {
                        names.put(type, name);
                    }
                });
        return names;
    }

    private static Stream<TypeId> items(Stream<Killmail.Item> items) {
        return items.flatMap(item -> Stream.concat(Stream.of(item.typeId()), items(item.items().stream())));
    }
}
