package org.eveseat.fake.ledger;

import java.util.List;

/** A character's standing with an NPC agent, corporation ({@code npc_corp}) or faction, as ESI lists it. */
public record NpcStanding(long fromId, String fromType, double standing) {

    static List<NpcStanding> samples(long characterId) {
        Samples samples = Samples.of(characterId, "standings");
        return List.of(new NpcStanding(500001L, "faction", samples.between(0, 500) / 100.0),
                new NpcStanding(Samples.CALDARI_NAVY, "npc_corp", samples.between(0, 300) / 100.0),
                new NpcStanding(3008416L, "agent", samples.between(0, 800) / 100.0));
    }
}
