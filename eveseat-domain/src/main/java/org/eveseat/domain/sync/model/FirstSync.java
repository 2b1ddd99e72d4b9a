package org.eveseat.domain.sync.model;

import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Require;

/**
 * How far a character's first sync has come: of the endpoints its token lets the scheduler keep, how many have
 * run once. Until all have, the character's pages are still filling up and the UI says so.
 */
public record FirstSync(CharacterId character, int endpoints, int done) {
    public FirstSync {
        Require.present(character, "character");
        Require.between(done, 0, endpoints, "endpoints synced once");
    }

    public boolean running() {
        return done < endpoints;
    }
}
