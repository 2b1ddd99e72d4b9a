package org.eveseat.domain.character.service;

import org.eveseat.domain.character.model.Account;
import org.eveseat.domain.character.model.Role;
import org.eveseat.domain.character.port.in.ChangeAdminRoleCommand;
import org.eveseat.domain.character.port.in.ChangeAdminRoleUseCase;
import org.eveseat.domain.character.port.out.AccountRepository;
import org.eveseat.domain.shared.ConflictException;
import org.eveseat.domain.shared.NotFoundException;

/**
 * Grants or revokes admin. The last-admin check and the revocation are one repository call, so two admins
 * revoking each other at the same moment cannot leave the server without one.
 */
public class ChangeAdminRoleService implements ChangeAdminRoleUseCase {
    private final AccountRepository accounts;

    public ChangeAdminRoleService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public Account change(ChangeAdminRoleCommand command) {
        Account account = accounts.findById(command.account())
                .orElseThrow(() -> new NotFoundException("account " + command.account().value() + " not found"));
        if (command.admin()) {
            return account.isAdmin() ? account : accounts.addRole(account.id(), Role.ADMIN);
        }
        if (!account.isAdmin()) {
            return account;
        }
        if (!accounts.removeRoleUnlessLast(account.id(), Role.ADMIN)) {
            throw new ConflictException("account " + account.id().value()
                    + " is the last admin; grant admin to another account before revoking this one");
        }
        return accounts.findById(account.id()).orElseThrow();
    }
}
