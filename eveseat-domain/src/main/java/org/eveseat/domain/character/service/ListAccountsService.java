package org.eveseat.domain.character.service;

import java.util.List;

import org.eveseat.domain.character.model.Account;
import org.eveseat.domain.character.port.in.ListAccountsQuery;
import org.eveseat.domain.character.port.out.AccountRepository;
import org.eveseat.domain.shared.Require;

/** Lists accounts for admins; the limit keeps a page of a large server bounded. */
public class ListAccountsService implements ListAccountsQuery {
    private final AccountRepository accounts;

    public ListAccountsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public List<Account> accounts(int limit) {
        Require.between(limit, 1, 100_000, "limit");
        return accounts.list(limit);
    }
}
