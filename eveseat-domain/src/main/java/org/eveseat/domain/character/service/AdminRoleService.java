package org.eveseat.domain.character.service;

import org.eveseat.domain.character.model.Account;
import org.eveseat.domain.character.port.in.AdminRoleQuery;
import org.eveseat.domain.character.port.out.AccountRepository;
import org.eveseat.domain.shared.AccountId;

/** Reads the account's roles as stored: an unknown account is no admin. */
public class AdminRoleService implements AdminRoleQuery {
    private final AccountRepository accounts;

    public AdminRoleService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public boolean isAdmin(AccountId accountId) {
        return accounts.findById(accountId).map(Account::isAdmin).orElse(false);
    }
}
