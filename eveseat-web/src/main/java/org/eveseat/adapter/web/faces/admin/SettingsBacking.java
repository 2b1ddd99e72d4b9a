package org.eveseat.adapter.web.faces.admin;

import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eveseat.adapter.web.faces.ConsoleMessages;
import org.eveseat.domain.character.model.Account;
import org.eveseat.domain.character.port.in.ChangeAdminRoleCommand;
import org.eveseat.domain.character.port.in.ChangeAdminRoleUseCase;
import org.eveseat.domain.character.port.in.RequestedScopesQuery;
import org.eveseat.domain.shared.AccountId;
import org.eveseat.domain.shared.DomainException;
import org.eveseat.domain.sync.model.SyncEndpoint;

/**
 * admin/settings.xhtml: the SSO scopes requested at login against the endpoints that need them, and who is admin,
 * with grant and revoke. A role change applies to the API at the account's next login (sessions carry roles).
 */
@Named
@RequestScoped
public class SettingsBacking {
    @Inject
    RequestedScopesQuery requested;

    @Inject
    AccountDirectory directory;

    @Inject
    ChangeAdminRoleUseCase adminRole;

    public List<ScopeRow> getScopes() {
        return scopeRows(requested.requestedScopes());
    }

    /** Endpoints that are never synced, because the login does not ask for their scope. */
    public List<String> getUnrequestedEndpoints() {
        return unrequested(requested.requestedScopes());
    }

    public List<AccountRow> getAccounts() {
        return directory.accounts();
    }

    /** Whether this account's admin role can be revoked: not the last admin's (the service would refuse it). */
    public boolean canRevoke(AccountRow account) {
        return revocable(account, directory.accounts());
    }

    static boolean revocable(AccountRow account, List<AccountRow> accounts) {
        return account.admin() && accounts.stream().filter(AccountRow::admin).count() > 1;
    }

    public String grantAdmin(long accountId) {
        return change(accountId, true);
    }

    public String revokeAdmin(long accountId) {
        return change(accountId, false);
    }

    private String change(long accountId, boolean admin) {
        try {
            Account account = adminRole.change(new ChangeAdminRoleCommand(new AccountId(accountId), admin));
            ConsoleMessages.info("Account " + accountId + (account.isAdmin() ? " is admin now." : " is no longer admin.")
                    + " Its sessions carry the new role from its next login.");
        } catch (DomainException refused) {
            ConsoleMessages.error(refused.getMessage());
        }
        directory.forget();
        return null;
    }

    static List<ScopeRow> scopeRows(List<String> scopes) {
        return scopes.stream().map(scope -> new ScopeRow(scope, Arrays.stream(SyncEndpoint.values())
                .filter(e -> scope.equals(e.scope())).map(Enum::name).toList())).toList();
    }

    static List<String> unrequested(List<String> scopes) {
        return Arrays.stream(SyncEndpoint.values()).filter(e -> e.scope() != null && !scopes.contains(e.scope()))
                .map(e -> e.name() + " (" + e.scope() + ")").toList();
    }
}
