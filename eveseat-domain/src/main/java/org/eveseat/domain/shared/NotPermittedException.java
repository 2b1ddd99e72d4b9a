package org.eveseat.domain.shared;

/**
 * ESI refused the call for good: the token lacks the scope or the character the corporation role. Retrying cannot
 * help; the endpoint stays off for that character until it logs in again with the scope or gets the role.
 */
public class NotPermittedException extends DomainException {
    public NotPermittedException(String message) {
        super(message);
    }
}
