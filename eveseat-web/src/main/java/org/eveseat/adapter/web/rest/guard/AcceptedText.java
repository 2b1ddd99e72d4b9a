package org.eveseat.adapter.web.rest.guard;

import java.nio.charset.StandardCharsets;

import org.eveseat.domain.shared.RuleViolationException;

/**
 * What text the API accepts anywhere in a request: no U+0000 (PostgreSQL cannot store it, and no EVE text has it)
 * and no lone surrogate (not a character at all; a JSON {@code \ud800} escape makes one). Refused, not repaired,
 * so that a client learns its mistake before anything is stored or sent to ESI.
 */
public final class AcceptedText {
    private AcceptedText() {
    }

    public static void check(String text, String where) {
        if (text.indexOf('\u0000') >= 0) {
            throw new RuleViolationException(where + " contains U+0000 (NUL), which is not accepted");
        }
        if (!StandardCharsets.UTF_8.newEncoder().canEncode(text)) {
            throw new RuleViolationException(where + " contains a lone surrogate (half of a UTF-16 pair), which is "
                    + "not a character");
        }
    }
}
