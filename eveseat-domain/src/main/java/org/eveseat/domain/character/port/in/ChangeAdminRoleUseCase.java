package org.eveseat.domain.character.port.in;

import org.eveseat.domain.character.model.Account;

/**
 * An admin grants or revokes the admin role of an account. The server must always keep one admin, so revoking
 * the role of the last account holding it is refused with a conflict (whoever asks, the last admin included).
 */
public interface ChangeAdminRoleUseCase {
    Account change(ChangeAdminRoleCommand command);
}
