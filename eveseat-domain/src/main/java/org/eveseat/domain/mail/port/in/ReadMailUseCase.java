package org.eveseat.domain.mail.port.in;

import org.eveseat.domain.mail.model.SanitizedMail;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Viewer;

/**
 * One stored mail with its body, safe for a browser. The body is fetched from ESI the first time it is read and
 * stored from then on; it is sanitized on every read, so a better sanitizer also cleans bodies stored earlier.
 */
public interface ReadMailUseCase {
    SanitizedMail read(Viewer viewer, CharacterId characterId, long mailId);
}
