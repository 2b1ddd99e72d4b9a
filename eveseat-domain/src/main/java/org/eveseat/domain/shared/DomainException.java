package org.eveseat.domain.shared;

/** Base of the domain's failures. Unchecked and free of HTTP: the web adapter maps each kind to a status. */
public abstract class DomainException extends RuntimeException {
    protected DomainException(String message) {
        super(message);
    }

    protected DomainException(String message, Throwable cause) {
        super(message, cause);
    }
}
