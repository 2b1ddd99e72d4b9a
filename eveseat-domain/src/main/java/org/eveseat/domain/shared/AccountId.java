package org.eveseat.domain.shared;

/** The id of an EVESeat account: one person, owning a main character and any number of alts. */
public record AccountId(long value) {
    public AccountId {
        if (value <= 0) {
            throw new RuleViolationException("account id must be positive, was " + value);
        }
    }
}
