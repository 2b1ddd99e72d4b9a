package org.eveseat.domain.character.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;

import org.eveseat.domain.character.model.Account;
import org.eveseat.domain.character.model.Role;
import org.eveseat.domain.character.port.in.ChangeAdminRoleCommand;
import org.eveseat.domain.event.model.LiveEvent;
import org.eveseat.domain.event.model.LiveTopics;
import org.eveseat.domain.shared.AccountId;
import org.eveseat.domain.shared.ConflictException;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.testing.InMemoryCharacters;
import org.eveseat.domain.testing.RecordedEvents;
import org.junit.jupiter.api.Test;

class ChangeAdminRoleServiceTest {
    private final InMemoryCharacters store = new InMemoryCharacters();
    private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");
    private final RecordedEvents events = new RecordedEvents();
    private final ChangeAdminRoleService service =
            new ChangeAdminRoleService(store, events, Clock.fixed(NOW, ZoneOffset.UTC));
    private final Account admin = store.create(EnumSet.of(Role.USER, Role.ADMIN));
    private final Account user = store.create(EnumSet.of(Role.USER));

    @Test
    void anAdminGrantsAndRevokesAdminOfAnotherAccount() {
        assertThat(service.change(new ChangeAdminRoleCommand(user.id(), true)).isAdmin()).isTrue();
        assertThat(store.findById(user.id()).orElseThrow().isAdmin()).isTrue();

        assertThat(service.change(new ChangeAdminRoleCommand(user.id(), false)).isAdmin()).isFalse();
        assertThat(store.findById(user.id()).orElseThrow().roles()).containsExactly(Role.USER);
    }

    @Test
    void theAdminRoleIsReadAsStoredNow() {
        AdminRoleService roles = new AdminRoleService(store);
        assertThat(roles.isAdmin(admin.id())).isTrue();
        assertThat(roles.isAdmin(user.id())).isFalse();
        assertThat(roles.isAdmin(new AccountId(999))).isFalse();

        service.change(new ChangeAdminRoleCommand(user.id(), true));
        service.change(new ChangeAdminRoleCommand(admin.id(), false));
        assertThat(roles.isAdmin(admin.id())).isFalse();
        assertThat(roles.isAdmin(user.id())).isTrue();
    }

    @Test
    void aRevocationIsAnnouncedSoTheAccountsSocketsLoseAdminTopics() {
        service.change(new ChangeAdminRoleCommand(user.id(), true));
        assertThat(events.all()).isEmpty();

        service.change(new ChangeAdminRoleCommand(user.id(), false));

        assertThat(events.all()).containsExactly(new LiveEvent(LiveTopics.ADMIN_REVOKED, LiveTopics.SESSIONS, NOW,
                Map.of("accountId", user.id().value())));
    }

    @Test
    void theLastAdminCannotBeRevokedAndStaysAdmin() {
        assertThatThrownBy(() -> service.change(new ChangeAdminRoleCommand(admin.id(), false)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("last admin");
        assertThat(store.findById(admin.id()).orElseThrow().isAdmin()).isTrue();
        assertThat(events.all()).isEmpty();
    }

    @Test
    void anAdminMayStepDownOnceAnotherAdminExists() {
        service.change(new ChangeAdminRoleCommand(user.id(), true));

        assertThat(service.change(new ChangeAdminRoleCommand(admin.id(), false)).isAdmin()).isFalse();
        assertThatThrownBy(() -> service.change(new ChangeAdminRoleCommand(user.id(), false)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void grantingTwiceOrRevokingANonAdminChangesNothing() {
        assertThat(service.change(new ChangeAdminRoleCommand(admin.id(), true))).isEqualTo(admin);
        assertThat(service.change(new ChangeAdminRoleCommand(user.id(), false))).isEqualTo(user);
    }

    @Test
    void anUnknownAccountIsNotFound() {
        assertThatThrownBy(() -> service.change(new ChangeAdminRoleCommand(new AccountId(999), true)))
                .isInstanceOf(NotFoundException.class);
    }
}
