package org.eveseat.domain.shared;

import java.util.regex.Pattern;

/**
 * What identifies a killmail on ESI: its id and its hash. Character, corporation and war listings hand out these
 * pairs; the killmail itself is only readable with both. The hash goes into a URL path, so it must be hexadecimal.
 */
public record KillmailRef(long killmailId, String hash) {
    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");

    public KillmailRef {
        Require.positive(killmailId, "killmail id");
        Require.present(hash, "killmail hash");
        if (!HEX.matcher(hash).matches()) {
            throw new RuleViolationException("killmail hash must be hexadecimal, was '" + hash + "'");
        }
    }
}
