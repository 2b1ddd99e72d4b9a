package org.eveseat.adapter.web.rest.killmail;

import static org.eveseat.adapter.json.Jsonp.JSON;

import java.util.Set;
import java.util.stream.Stream;

import jakarta.json.JsonObjectBuilder;

import org.eveseat.adapter.web.rest.NamesJson;
import org.eveseat.domain.killmail.model.Combatant;
import org.eveseat.domain.universe.model.EntityNames;

/**
 * A victim or attacker: the ids of the pilot, corporation, alliance and faction, each with its name beside it
 * ({@code characterName}, ...), null where absent or not known yet.
 */
final class CombatantJson {
    private CombatantJson() {
    }

    static Set<Long> ids(Stream<Combatant> combatants) {
        return NamesJson.ids(combatants.flatMap(who -> Stream.of(
                who.characterId() == null ? null : who.characterId().value(),
                who.corporationId() == null ? null : who.corporationId().value(),
                who.allianceId() == null ? null : who.allianceId().value(), who.factionId())));
    }

    static JsonObjectBuilder of(Combatant who, EntityNames names) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        id(json, "character", who.characterId() == null ? null : who.characterId().value(), names);
        id(json, "corporation", who.corporationId() == null ? null : who.corporationId().value(), names);
        id(json, "alliance", who.allianceId() == null ? null : who.allianceId().value(), names);
        return id(json, "faction", who.factionId(), names);
    }

    private static JsonObjectBuilder id(JsonObjectBuilder json, String prefix, Long id, EntityNames names) {
        if (id == null) {
            json.addNull(prefix + "Id");
        } else {
            json.add(prefix + "Id", id);
        }
        return NamesJson.name(json, prefix + "Name", names, id);
    }
}
