package org.eveseat.adapter.persistence.character;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

import org.eveseat.adapter.persistence.Timestamps;
import org.eveseat.domain.character.model.Account;
import org.eveseat.domain.character.model.LinkedCharacter;
import org.eveseat.domain.character.model.Role;
import org.eveseat.domain.character.model.TokenState;
import org.eveseat.domain.shared.AccountId;
import org.eveseat.domain.shared.CharacterId;

final class CharacterMapper {
    private CharacterMapper() {
    }

    static Account toAccount(AccountEntity entity) {
        Set<Role> roles = entity.admin ? EnumSet.of(Role.USER, Role.ADMIN) : EnumSet.of(Role.USER);
        return new Account(new AccountId(entity.id), roles);
    }

    static LinkedCharacter toCharacter(CharacterEntity entity) {
        Set<String> scopes = entity.scopes.isBlank() ? Set.of() : Set.of(entity.scopes.split(" "));
        return new LinkedCharacter(new CharacterId(entity.id), entity.name, entity.ownerHash,
                new AccountId(entity.accountId), scopes, TokenState.valueOf(entity.tokenState));
    }

    static void copy(LinkedCharacter character, CharacterEntity entity) {
        entity.id = character.id().value();
        entity.name = character.name();
        entity.ownerHash = character.ownerHash();
        entity.accountId = character.owner().value();
        entity.scopes = String.join(" ", new TreeSet<>(character.scopes()));
        entity.tokenState = character.tokenState().name();
        entity.updatedAt = Timestamps.toColumn(Instant.now());
    }

    static String scopePattern(String scope) {
        // scopes are stored space-separated and sorted; match a whole word only
        return "% " + scope.replace("%", "").replace("_", "\\_") + " %";
    }
}
