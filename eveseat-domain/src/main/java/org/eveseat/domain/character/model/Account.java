package org.eveseat.domain.character.model;

import java.util.EnumSet;
import java.util.Set;

import org.eveseat.domain.shared.AccountId;

/** One person using EVESeat. Characters (a main and its alts) hang off an account, never the other way round. */
public record Account(AccountId id, Set<Role> roles) {
    public Account {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }
}
