package org.eveseat.domain.character.service;

import java.time.Clock;
import java.util.Map;

import org.eveseat.domain.character.model.Account;
import org.eveseat.domain.character.model.Role;
import org.eveseat.domain.character.port.in.ChangeAdminRoleCommand;
import org.eveseat.domain.character.port.in.ChangeAdminRoleUseCase;
import org.eveseat.domain.character.port.out.AccountRepository;
import org.eveseat.domain.event.model.LiveEvent;
import org.eveseat.domain.event.model.LiveTopics;
import org.eveseat.domain.event.port.out.EventPublisher;
import org.eveseat.domain.shared.ConflictException;
import org.eveseat.domain.shared.NotFoundException;

/**
 * Grants or revokes admin. The last-admin check and the revocation are one repository call, so two admins
 * revoking each other at the same moment cannot leave the server without one. A revocation is announced, so
 * the account's open sockets lose what only admins may read on every node.
 */
public class ChangeAdminRoleService implements ChangeAdminRoleUseCase {
    private final AccountRepository accounts;
    private final EventPublisher events;
    private final Clock clock;

    public ChangeAdminRoleService(AccountRepository accounts, EventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
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
        events.publish(new LiveEvent(LiveTopics.ADMIN_REVOKED, LiveTopics.SESSIONS, clock.instant(),
                Map.of("accountId", account.id().value())));
        return accounts.findById(account.id()).orElseThrow();
    }
}
