package org.eveseat.domain.character.service;

import java.util.function.Function;
import java.util.function.Supplier;
import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.character.model.LinkedCharacter;
import org.eveseat.domain.character.model.StatusPart;
import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.shared.DomainException;
import org.eveseat.domain.shared.NotPermittedException;

/**
 * The ESI reads of one answer about one character, each behind its scope: a scope not granted is named, the token
 * is fetched once when the first granted read needs it, and a failing read leaves only its own part empty.
 */
final class ScopedReads {
    private final LinkedCharacter character;
    private final AccessTokenQuery tokens;
    private AccessToken token;
    private String tokenProblem;

    ScopedReads(LinkedCharacter character, AccessTokenQuery tokens) {
        this.character = character;
        this.tokens = tokens;
    }

    <T> StatusPart<T> read(String scope, Function<AccessToken, StatusPart<T>> read) {
        if (!character.hasScope(scope)) {
            return StatusPart.notGranted(scope);
        }
        if (token == null && tokenProblem == null) {
            try {
                token = tokens.accessTokenFor(character.id());
            } catch (DomainException failed) {
                tokenProblem = "no access token: " + failed.getMessage();
            }
        }
        return tokenProblem != null ? StatusPart.unavailable(tokenProblem) : part(() -> read.apply(token));
    }

    /** A part that ESI refused (403: a scope or role missing) or could not answer; never an error of the whole. */
    static <T> StatusPart<T> part(Supplier<StatusPart<T>> read) {
        try {
            return read.get();
        } catch (NotPermittedException refused) {
            return StatusPart.unavailable("ESI refused: " + refused.getMessage());
        } catch (DomainException failed) {
            return StatusPart.unavailable("ESI did not answer: " + failed.getMessage());
        }
    }
}
