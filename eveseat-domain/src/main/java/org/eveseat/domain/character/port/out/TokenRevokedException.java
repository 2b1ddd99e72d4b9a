package org.eveseat.domain.character.port.out;

/** EVE SSO answered {@code invalid_grant}: the refresh token is dead and retrying cannot help. */
public class TokenRevokedException extends RuntimeException {
    public TokenRevokedException(String message) {
        super(message);
    }
}
