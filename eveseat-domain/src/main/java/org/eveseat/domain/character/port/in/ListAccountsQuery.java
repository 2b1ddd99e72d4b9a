package org.eveseat.domain.character.port.in;

import java.util.List;

import org.eveseat.domain.character.model.Account;

/** Every account with its roles, oldest first, for the admin console's users and settings pages. */
public interface ListAccountsQuery {
    List<Account> accounts(int limit);
}
