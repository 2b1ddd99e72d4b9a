package org.eveseat.fake.ledger;

/** A killmail id and hash, as listed by the recent-killmail and war-killmail routes. */
public record KillmailRef(long killmailId, String killmailHash) {

    public KillmailRef newer() {
        return new KillmailRef(killmailId + 1, Samples.of(killmailId + 1, "killmail").hex(40));
    }
}
