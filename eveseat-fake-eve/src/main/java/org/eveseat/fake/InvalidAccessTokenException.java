package org.eveseat.fake;

/** An access token the fake SSO did not issue, or no longer accepts; the message says why. */
public final class InvalidAccessTokenException extends Exception {

    public InvalidAccessTokenException(String reason) {
        super(reason);
    }
}
