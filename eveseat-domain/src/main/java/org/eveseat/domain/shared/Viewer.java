package org.eveseat.domain.shared;

/** Who is asking: every query checks that this account may see what it asks for. */
public record Viewer(AccountId accountId, boolean admin) {
    public Viewer {
        if (accountId == null) {
            throw new RuleViolationException("viewer account is required");
        }
    }
}
