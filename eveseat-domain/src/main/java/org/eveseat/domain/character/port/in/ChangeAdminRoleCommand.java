package org.eveseat.domain.character.port.in;

import org.eveseat.domain.shared.AccountId;
import org.eveseat.domain.shared.RuleViolationException;

/** Grant ({@code admin} true) or revoke ({@code admin} false) the admin role of an account. */
public record ChangeAdminRoleCommand(AccountId account, boolean admin) {
    public ChangeAdminRoleCommand {
        if (account == null) {
            throw new RuleViolationException("the account is required");
        }
    }
}
