package org.eveseat.domain.character.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;

import org.eveseat.domain.character.model.Account;
import org.eveseat.domain.character.model.Role;
import org.eveseat.domain.character.port.in.ChangeAdminRoleCommand;
import org.eveseat.domain.shared.AccountId;
import org.eveseat.domain.shared.ConflictException;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.testing.InMemoryCharacters;
import org.junit.jupiter.api.Test;

class ChangeAdminRoleServiceTest {
    private final InMemoryCharacters store = new InMemoryCharacters();
    private final ChangeAdminRoleService service = new ChangeAdminRoleService(store);
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
    void theLastAdminCannotBeRevokedAndStaysAdmin() {
        assertThatThrownBy(() -> service.change(new ChangeAdminRoleCommand(admin.id(), false)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("last admin");
        assertThat(store.findById(admin.id()).orElseThrow().isAdmin()).isTrue();
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
