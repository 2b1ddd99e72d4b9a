package org.eveseat.domain.wallet.port.out;

import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.Isk;

/** The wallet operations of ESI. Implementations honour ESI's cache (Expires, ETag) and report it in the result. */
public interface WalletEsi {
    EsiResult<Isk> balance(CharacterId characterId, AccessToken token);
}
