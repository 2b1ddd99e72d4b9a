package org.eveseat.domain.character.port.in;

import org.eveseat.domain.shared.AccountId;

/**
 * Whether an account holds the admin role now. A session token names the roles it was issued with; an admin
 * role taken away since must not outlive that, so tokens that claim it are checked against the account.
 */
public interface AdminRoleQuery {
    boolean isAdmin(AccountId accountId);
}
