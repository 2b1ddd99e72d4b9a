package org.eveseat.adapter.esi.sso;

import org.eveseat.domain.shared.RuleViolationException;

/** A token from SSO failed verification: the login is refused. */
public class InvalidSsoTokenException extends RuleViolationException {
    public InvalidSsoTokenException(String reason) {
        super("EVE SSO token rejected: " + reason);
    }
}
