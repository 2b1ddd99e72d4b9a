package org.eveseat.adapter.esi.contact;

import java.math.BigDecimal;
import java.util.List;

/**
 * One contact of a character, corporation or alliance list. Corporation lists leave out {@code is_blocked},
 * alliance lists also {@code is_watched}; a missing flag stays null.
 */
public record ContactDto(long contactId, String contactType, BigDecimal standing, List<Long> labelIds,
                         Boolean isWatched, Boolean isBlocked) {
}
