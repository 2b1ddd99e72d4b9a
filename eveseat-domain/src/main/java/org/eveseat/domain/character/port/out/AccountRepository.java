package org.eveseat.domain.character.port.out;

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
}
