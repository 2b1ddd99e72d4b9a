package org.eveseat.domain.shared;

/** The request clashes with the current state. */
public class ConflictException extends DomainException {
    public ConflictException(String message) {
        super(message);
    }
}
