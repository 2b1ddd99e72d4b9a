package org.eveseat.domain.character.port.in;

import java.util.Optional;

import org.eveseat.domain.shared.AccountId;
import org.eveseat.domain.shared.RuleViolationException;

/** Finish an EVE SSO login: the authorization code, its PKCE verifier, and the account already signed in, if any. */
public record LinkCharacterCommand(String code, String codeVerifier, Optional<AccountId> signedIn) {
    public LinkCharacterCommand {
        if (code == null || code.isBlank()) {
            throw new RuleViolationException("authorization code is required");
        }
        if (codeVerifier == null || codeVerifier.length() < 43) {
            throw new RuleViolationException("PKCE code verifier is missing or too short");
        }
    }
}
