package org.eveseat.adapter.persistence.universe;

import org.eveseat.domain.shared.RuleViolationException;

/** An archive that is not a static data export in the expected CSV layout: nothing of it is stored. */
class StaticDataFormatException extends RuleViolationException {
    StaticDataFormatException(String message) {
        super("static data: " + message);
    }
}
