package org.eveseat.fake.ledger;

import java.util.List;

/** Loyalty points a character has with an NPC corporation. */
public record LoyaltyPoints(long corporationId, long loyaltyPoints) {

    static List<LoyaltyPoints> samples(long characterId) {
        Samples samples = Samples.of(characterId, "loyalty");
        return List.of(new LoyaltyPoints(Samples.CALDARI_NAVY, samples.between(100, 250_000)),
                new LoyaltyPoints(1000180L, samples.between(100, 50_000)));
    }
}
