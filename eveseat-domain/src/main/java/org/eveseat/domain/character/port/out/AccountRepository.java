package org.eveseat.domain.character.port.out;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eveseat.domain.character.model.Account;
import org.eveseat.domain.character.model.Role;
import org.eveseat.domain.shared.AccountId;

/** Stores accounts. */
public interface AccountRepository {
    Account create(Set<Role> roles);

    Optional<Account> findById(AccountId id);

    Account addRole(AccountId id, Role role);

    boolean isEmpty();

    /**
     * Makes account creation wait for this transaction: a concurrent first login waits until this one commits,
     * then sees its account, so only one of them finds no account yet and becomes admin.
     */
    void lockCreation();

    /** Up to {@code limit} accounts, in id order. */
    List<Account> list(int limit);

    /**
     * Takes the role away unless this account is the last one holding it, atomically with that check.
     * @return false (and nothing changed) when it was the last holder
     */
    boolean removeRoleUnlessLast(AccountId id, Role role);
}
