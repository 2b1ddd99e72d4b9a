package org.eveseat.domain.intel.port.out;

import java.util.List;
import java.util.OptionalLong;

import org.eveseat.domain.intel.model.War;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.KillmailRef;

/** Public war data on ESI: the war ids, one war's details, and the kills made in it (all pages walked). */
public interface WarEsi {
    /** A batch of war ids, newest first, below {@code maxWarId} (empty: from the newest). */
    EsiResult<List<Long>> warIds(OptionalLong maxWarId);

    EsiResult<War> war(long warId);

    EsiResult<List<KillmailRef>> killmails(long warId);
}
