package org.eveseat.domain.sync.port.in;

import java.util.List;

import org.eveseat.domain.sync.model.TokenCoverage;

/** Every linked character's token as the sync engine sees it, for the admin console. */
public interface TokenCoverageQuery {
    List<TokenCoverage> coverage(int limit);
}
