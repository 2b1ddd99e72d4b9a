package org.eveseat.domain.shared;

/** What was asked for does not exist, or the viewer may not see it (the two are not told apart). */
public class NotFoundException extends DomainException {
    public NotFoundException(String message) {
        super(message);
    }
}
