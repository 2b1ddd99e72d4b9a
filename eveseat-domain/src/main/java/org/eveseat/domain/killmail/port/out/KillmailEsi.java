package org.eveseat.domain.killmail.port.out;

import java.util.List;

import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.killmail.model.Killmail;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.KillmailRef;

/**
 * Killmails on ESI: the recent kills and losses of a character or corporation (Director role; all pages walked),
 * which come as references only, and the killmail behind a reference, which is public.
 */
public interface KillmailEsi {
    EsiResult<List<KillmailRef>> characterRecent(CharacterId characterId, AccessToken token);

    EsiResult<List<KillmailRef>> corporationRecent(CorporationId corporationId, AccessToken token);

    EsiResult<Killmail> killmail(KillmailRef ref);
}
