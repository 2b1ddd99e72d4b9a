package org.eveseat.domain.killmail.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eveseat.domain.killmail.model.Killmail;
import org.eveseat.domain.killmail.model.KillmailSearch;
import org.eveseat.domain.killmail.model.KillmailSummary;
import org.eveseat.domain.killmail.model.KillmailWitness;
import org.eveseat.domain.shared.AccountId;
import org.eveseat.domain.shared.KillmailRef;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.Viewer;
import org.eveseat.domain.wallet.model.KeysetPage;

/**
 * Killmails, each stored once, and who saw which. A reference is remembered before its killmail is fetched, so a
 * sync cut short by ESI leaves it pending for the next one instead of losing it to ESI's cached list.
 */
public interface KillmailRepository {
    /** Remembers that the witness saw these killmails; references it already saw change nothing. */
    void saveSeen(KillmailWitness witness, List<KillmailRef> refs, Instant seenAt);

    /** The references the witness saw whose killmail is not stored yet, by id. */
    List<KillmailRef> pending(KillmailWitness witness);

    /** Stores a killmail (region null when unknown) unless it is stored; answers whether this call stored it. */
    boolean save(Killmail killmail, RegionId regionId);

    /** Newest first; an admin sees all, anyone else what their characters or their corporations saw. */
    KeysetPage<KillmailSummary> list(Viewer viewer, KillmailSearch search);

    Optional<Killmail> find(long killmailId);

    /** The victims' items of these killmails (containers holding their contents), read together for a page. */
    Map<Long, List<Killmail.Item>> items(Collection<Long> killmailIds);

    /** Whether one of the account's characters, or a corporation one of them is in, saw the killmail. */
    boolean seenByAccount(Viewer viewer, long killmailId);

    /** The accounts {@link #seenByAccount} lets see the killmail (admins aside): who a live event may reach. */
    Set<AccountId> accountsThatSaw(long killmailId);
}
