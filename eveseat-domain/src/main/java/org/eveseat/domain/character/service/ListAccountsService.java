package org.eveseat.domain.character.service;

import java.util.List;

import org.eveseat.domain.character.model.Account;
import org.eveseat.domain.character.port.in.ListAccountsQuery;
import org.eveseat.domain.character.port.out.AccountRepository;
import org.eveseat.domain.shared.RuleViolationException;

/** Lists accounts for admins; the limit keeps a page of a large server bounded. */
public class ListAccountsService implements ListAccountsQuery {
    private final AccountRepository accounts;

    public ListAccountsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public List<Account> accounts(int limit) {
        if (limit < 1) {
            throw new RuleViolationException("limit must be positive");
        }
        return accounts.list(limit);
    }
}
