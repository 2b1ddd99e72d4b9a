package org.eveseat.domain.character.port.in;

import org.eveseat.domain.character.model.Account;

/**
 * Logs a pilot in with EVE SSO. A character seen for the first time opens a new account, or joins the account
 * already signed in (an alt); the first account ever, or the one with the configured admin character, is admin.
 */
public interface LinkCharacterUseCase {
    Account link(LinkCharacterCommand command);
}
