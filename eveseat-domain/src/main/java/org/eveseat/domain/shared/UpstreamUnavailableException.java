package org.eveseat.domain.shared;

/** ESI or EVE SSO could not answer usefully (timeout, 5xx, error limit, broken body). Stored data stays as it was. */
public class UpstreamUnavailableException extends DomainException {
    public UpstreamUnavailableException(String message) {
        super(message);
    }

    public UpstreamUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
