package org.eveseat.domain.killmail.service;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.eveseat.domain.event.model.LiveEvent;
import org.eveseat.domain.event.model.LiveTopics;
import org.eveseat.domain.killmail.model.Combatant;
import org.eveseat.domain.killmail.model.Killmail;
import org.eveseat.domain.shared.AccountId;
import org.eveseat.domain.universe.model.SystemPlace;

/**
 * The {@code killmail.new} event on the {@code killmails} topic: enough for a live feed line and for the
 * subscribers' filters (system, region, alliance) without another read. Ids are plain numbers, unknown ones null.
 * Its audience is the accounts that may read the killmail through the API (who saw it), as it stands when stored.
 */
final class KillmailEvents {
    static final String NEW = "killmail.new";

    private KillmailEvents() {
    }

    static LiveEvent stored(Killmail killmail, SystemPlace place, String shipTypeName, Set<AccountId> audience,
                            Instant at) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("killmailId", killmail.killmailId());
        payload.put("killmailTime", killmail.killmailTime().toString());
        payload.put("solarSystemId", place.systemId().value());
        payload.put("solarSystemName", place.systemName());
        payload.put("regionId", place.regionId() == null ? null : place.regionId().value());
        payload.put("regionName", place.regionName());
        payload.put("victim", victim(killmail.victim(), shipTypeName));
        payload.put("attackerAllianceIds", attackers(killmail, c -> c.allianceId() == null ? null
                : c.allianceId().value()));
        payload.put("attackerCorporationIds", attackers(killmail, c -> c.corporationId() == null ? null
                : c.corporationId().value()));
        return new LiveEvent(NEW, LiveTopics.KILLMAILS, at, payload, audience);
    }

    private static Map<String, Object> victim(Killmail.Victim victim, String shipTypeName) {
        Combatant who = victim.who();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("characterId", who.characterId() == null ? null : who.characterId().value());
        fields.put("corporationId", who.corporationId() == null ? null : who.corporationId().value());
        fields.put("allianceId", who.allianceId() == null ? null : who.allianceId().value());
        fields.put("shipTypeId", victim.shipTypeId().value());
        fields.put("shipTypeName", shipTypeName);
        return fields;
    }

    /** Each id once, in the order of the attackers; NPCs without one add nothing. */
    private static List<Long> attackers(Killmail killmail, Function<Combatant, Long> id) {
        return killmail.attackers().stream().map(a -> id.apply(a.who())).filter(Objects::nonNull).distinct()
                .toList();
    }
}
