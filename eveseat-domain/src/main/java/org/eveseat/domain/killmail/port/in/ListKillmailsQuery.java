package org.eveseat.domain.killmail.port.in;

import org.eveseat.domain.killmail.model.KillmailListing;
import org.eveseat.domain.killmail.model.KillmailSearch;
import org.eveseat.domain.shared.Viewer;
import org.eveseat.domain.wallet.model.KeysetPage;

/**
 * The killmails a viewer may read, newest first and keyset-paged: those their characters or corporations saw
 * (all for admins). Filtering by a character or corporation the viewer may not see is a not-found.
 */
public interface ListKillmailsQuery {
    KeysetPage<KillmailListing> list(Viewer viewer, KillmailSearch search);
}
