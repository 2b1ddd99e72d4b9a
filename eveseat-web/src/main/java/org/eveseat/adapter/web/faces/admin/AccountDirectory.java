package org.eveseat.adapter.web.faces.admin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eveseat.domain.character.model.Account;
import org.eveseat.domain.character.model.LinkedCharacter;
import org.eveseat.domain.character.model.TokenState;
import org.eveseat.domain.character.port.in.ListAccountsQuery;
import org.eveseat.domain.character.port.in.RequestedScopesQuery;
import org.eveseat.domain.character.port.in.TokenRefreshQuery;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.sync.model.TokenCoverage;
import org.eveseat.domain.sync.port.in.TokenCoverageQuery;

/** Accounts with their characters and tokens, read once per request for the users and settings pages. */
@RequestScoped
public class AccountDirectory {
    static final int ACCOUNT_LIMIT = 1_000;
    static final int CHARACTER_LIMIT = 10_000;

    @Inject
    ListAccountsQuery accounts;

    @Inject
    TokenCoverageQuery coverage;

    @Inject
    TokenRefreshQuery refreshes;

    @Inject
    RequestedScopesQuery requested;

    private List<AccountRow> rows;

    public List<AccountRow> accounts() {
        if (rows == null) {
            rows = group(accounts.accounts(ACCOUNT_LIMIT), coverage.coverage(CHARACTER_LIMIT),
                    refreshes.lastRefreshes(CHARACTER_LIMIT), Set.copyOf(requested.requestedScopes()));
        }
        return rows;
    }

    /** After a change, the next read sees it. */
    public void forget() {
        rows = null;
    }

    static List<AccountRow> group(List<Account> accounts, List<TokenCoverage> tokens, Map<CharacterId, Instant> refreshed,
                                  Set<String> requestedScopes) {
        Map<Long, List<CharacterRow>> byOwner = new LinkedHashMap<>();
        accounts.forEach(a -> byOwner.put(a.id().value(), new ArrayList<>()));
        for (TokenCoverage token : tokens) {
            LinkedCharacter character = token.character();
            List<CharacterRow> owned = character.owner() == null ? null : byOwner.get(character.owner().value());
            if (owned != null) {
                owned.add(row(token, refreshed.get(character.id()), requestedScopes));
            }
        }
        return accounts.stream().map(a -> new AccountRow(a.id().value(), a.isAdmin(), byOwner.get(a.id().value())))
                .toList();
    }

    private static CharacterRow row(TokenCoverage token, Instant refreshed, Set<String> requestedScopes) {
        LinkedCharacter character = token.character();
        Set<String> missing = new HashSet<>(token.missingScopes());
        missing.retainAll(requestedScopes);
        return new CharacterRow(character.id().value(), character.name(), character.tokenState() == TokenState.VALID,
                character.scopes().stream().sorted().toList(), missing.stream().sorted().toList(),
                token.covered().size(), refreshed);
    }
}
