package org.eveseat.adapter.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

import org.eveseat.domain.character.model.Account;
import org.eveseat.domain.character.model.Role;
import org.eveseat.domain.shared.AccountId;
import org.junit.jupiter.api.Test;

class SessionCheckTest {
    private final Set<String> loggedOut = new HashSet<>();
    private final Set<AccountId> admins = new HashSet<>();
    private final SessionCheck check = new SessionCheck();

    SessionCheckTest() throws Exception {
        check.tokens = new SessionTokens(new SessionSigningKey(new RSAKeyGenerator(2048).keyID("k").generate()),
                Duration.ofMinutes(60), Clock.systemUTC());
        check.revoked = loggedOut::contains;
        check.adminRoles = admins::contains;
    }

    @Test
    void aTokenIssuedToAnAdminCountsAsAUsersOnceTheRoleIsTakenAway() {
        Account account = new Account(new AccountId(5), EnumSet.of(Role.USER, Role.ADMIN));
        admins.add(account.id());
        String token = check.tokens.issue(account).token();
        assertThat(check.principal(token).orElseThrow().isAdmin()).isTrue();

        admins.remove(account.id());

        SessionPrincipal demoted = check.principal(token).orElseThrow();
        assertThat(demoted.isAdmin()).isFalse();
        assertThat(demoted.getGroups()).containsExactly(SessionTokens.USER_GROUP);
        assertThat(demoted.accountId()).isEqualTo(account.id());
        assertThat(demoted.getRawToken()).isEqualTo(token);
    }

    @Test
    void aLoggedOutSessionIsRefused() {
        var issued = check.tokens.issue(new Account(new AccountId(6), EnumSet.of(Role.USER)));
        assertThat(check.principal(issued.token())).isPresent();

        loggedOut.add(issued.sessionId());

        assertThat(check.principal(issued.token())).isEmpty();
    }
}
