package org.eveseat.domain.market.model;

import org.eveseat.domain.shared.Isk;

/**
 * Where an open order stands in its station's stored book against the other orders on its side: outbid (a buy
 * order someone pays more than) or undercut (a sell order someone sells under), by how much, and its rank (1:
 * the best price; orders at the same price share a rank). {@code bestCompetitor} is null when no one competes.
 */
public record OrderPosition(boolean outbid, Isk bestCompetitor, Isk undercutBy, int rank, int competitors) {
}
