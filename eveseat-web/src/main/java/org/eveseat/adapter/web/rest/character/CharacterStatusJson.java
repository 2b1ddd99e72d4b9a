package org.eveseat.adapter.web.rest.character;

import static org.eveseat.adapter.json.Jsonp.JSON;

import java.time.Instant;
import java.util.function.Function;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.eveseat.adapter.web.rest.NamesJson;
import org.eveseat.domain.character.model.CharacterStatus;
import org.eveseat.domain.character.model.PilotOnline;
import org.eveseat.domain.character.model.ShipStatus;
import org.eveseat.domain.character.model.SkillPoints;
import org.eveseat.domain.character.model.StatusPart;
import org.eveseat.domain.character.model.Whereabouts;
import org.eveseat.domain.universe.model.EntityNames;

/**
 * The status answer. Each part is {@code {state: ok, value, expires}}, {@code {state: notGranted, missingScope}}
 * or {@code {state: unavailable, reason}}; names ESI or the static data do not know are null.
 */
final class CharacterStatusJson {
    private CharacterStatusJson() {
    }

    static JsonObject of(CharacterStatus status, EntityNames names) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("characterId", status.characterId().value());
        Long corporation = CharacterStatusResource.id(status.corporationId());
        Long alliance = CharacterStatusResource.id(status.allianceId());
        nullable(json, "corporationId", corporation);
        NamesJson.name(json, "corporationName", names, corporation);
        nullable(json, "allianceId", alliance);
        NamesJson.name(json, "allianceName", names, alliance);
        text(json, "lastSync", instant(status.lastSync()));
        return json.add("location", location(status.location()))
                .add("ship", part(status.ship(), CharacterStatusJson::ship))
                .add("online", part(status.online(), CharacterStatusJson::online))
                .add("skillPoints", part(status.skillPoints(), CharacterStatusJson::skillPoints))
                .build();
    }

    /** A location part as the status and the star map's character layer answer it. */
    static JsonObject location(StatusPart<Whereabouts> location) {
        return part(location, CharacterStatusJson::location);
    }

    private static <T> JsonObject part(StatusPart<T> part, Function<T, JsonObject> value) {
        if (part.value() != null) {
            return JSON.createObjectBuilder().add("state", "ok").add("value", value.apply(part.value()))
                    .add("expires", part.expires().toString()).build();
        }
        if (part.missingScope() != null) {
            return JSON.createObjectBuilder().add("state", "notGranted").add("missingScope", part.missingScope())
                    .build();
        }
        return JSON.createObjectBuilder().add("state", "unavailable").add("reason", part.unavailable()).build();
    }

    private static JsonObject location(Whereabouts where) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("systemId", where.systemId().value());
        text(json, "systemName", where.systemName());
        if (where.security() == null) {
            json.addNull("security");
        } else {
            json.add("security", where.security());
        }
        nullable(json, "regionId", where.regionId() == null ? null : where.regionId().value());
        text(json, "regionName", where.regionName());
        nullable(json, "dockedId", where.dockedId());
        text(json, "dockedName", where.dockedName());
        return json.add("structure", where.structure()).build();
    }

    private static JsonObject ship(ShipStatus ship) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("typeId", ship.typeId().value());
        text(json, "typeName", ship.typeName());
        json.add("itemId", ship.itemId());
        return text(json, "name", ship.name()).build();
    }

    private static JsonObject online(PilotOnline online) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("online", online.online());
        text(json, "lastLogin", instant(online.lastLogin()));
        text(json, "lastLogout", instant(online.lastLogout()));
        return nullable(json, "logins", online.logins() == null ? null : online.logins().longValue()).build();
    }

    private static JsonObject skillPoints(SkillPoints points) {
        return JSON.createObjectBuilder().add("total", points.total()).add("unallocated", points.unallocated())
                .build();
    }

    private static String instant(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static JsonObjectBuilder text(JsonObjectBuilder json, String field, String value) {
        return value == null ? json.addNull(field) : json.add(field, value);
    }

    private static JsonObjectBuilder nullable(JsonObjectBuilder json, String field, Long value) {
        return value == null ? json.addNull(field) : json.add(field, value);
    }
}
