package org.eveseat.domain.shared;

/** Input breaks a rule of the domain. */
public class RuleViolationException extends DomainException {
    public RuleViolationException(String message) {
        super(message);
    }
}
