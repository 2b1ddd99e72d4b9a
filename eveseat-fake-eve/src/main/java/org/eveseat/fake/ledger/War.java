package org.eveseat.fake.ledger;

import java.time.Instant;
import java.util.List;

/** A war ({@code GET /wars/{war_id}}); its killmails are listed separately. */
public record War(long id, Instant declared, Instant started, Instant finished, Instant retracted, boolean mutual,
                  boolean openForAllies, Party aggressor, Party defender, List<Ally> allies) {

    /** One side: an alliance or a corporation, with its tally. */
    public record Party(Long allianceId, Long corporationId, double iskDestroyed, long shipsKilled) {
    }

    public record Ally(Long allianceId, Long corporationId) {
    }
}
