package org.eveseat.domain.universe.model;

import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.shared.SolarSystemId;

/**
 * Two systems joined both ways: a stargate pair, or a connection of the players' own such as a jump bridge. The
 * smaller id comes first, so each link has one spelling.
 */
public record SystemLink(SolarSystemId one, SolarSystemId other) {
    public SystemLink {
        Require.present(one, "linked system");
        Require.present(other, "linked system");
        if (one.equals(other)) {
            throw new RuleViolationException("a link joins two different systems, not " + one + " with itself");
        }
        if (one.value() > other.value()) {
            SolarSystemId smaller = other;
            other = one;
            one = smaller;
        }
    }
}
