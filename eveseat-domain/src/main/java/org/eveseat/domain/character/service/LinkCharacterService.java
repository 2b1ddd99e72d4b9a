package org.eveseat.domain.character.service;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.eveseat.domain.character.model.Account;
import org.eveseat.domain.character.model.LinkedCharacter;
import org.eveseat.domain.character.model.Role;
import org.eveseat.domain.character.model.SsoGrant;
import org.eveseat.domain.character.model.TokenState;
import org.eveseat.domain.character.port.in.LinkCharacterCommand;
import org.eveseat.domain.character.port.in.LinkCharacterUseCase;
import org.eveseat.domain.character.port.out.AccountRepository;
import org.eveseat.domain.character.port.out.CharacterRepository;
import org.eveseat.domain.character.port.out.CharacterTokenRepository;
import org.eveseat.domain.character.port.out.EveSso;
import org.eveseat.domain.character.port.out.UnitOfWork;
import org.eveseat.domain.shared.AccountId;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.ConflictException;
import org.eveseat.domain.shared.NotFoundException;

/**
 * Turns a verified SSO login into an account and a linked character. A character keeps its account across logins
 * unless its owner hash changed (it was sold), in which case it moves to whoever logged in with it now. The code
 * is exchanged first (a call to EVE SSO, outside any transaction); account, character and token are then stored
 * in one transaction, under the lock that lets only the very first account become admin.
 */
public class LinkCharacterService implements LinkCharacterUseCase {
    private final EveSso sso;
    private final AccountRepository accounts;
    private final CharacterRepository characters;
    private final CharacterTokenRepository tokens;
    private final UnitOfWork unitOfWork;
    private final Optional<CharacterId> adminCharacter;

    public LinkCharacterService(EveSso sso, AccountRepository accounts, CharacterRepository characters,
                                CharacterTokenRepository tokens, UnitOfWork unitOfWork,
                                Optional<CharacterId> adminCharacter) {
        this.sso = sso;
        this.unitOfWork = unitOfWork;
        this.accounts = accounts;
        this.characters = characters;
        this.tokens = tokens;
        this.adminCharacter = adminCharacter;
    }

    @Override
    public Account link(LinkCharacterCommand command) {
        SsoGrant grant = sso.exchangeCode(command.code(), command.codeVerifier());
        return unitOfWork.inTransaction(() -> store(grant, command.signedIn()));
    }

    private Account store(SsoGrant grant, Optional<AccountId> signedIn) {
        Optional<LinkedCharacter> known = characters.findById(grant.characterId())
                .filter(existing -> existing.ownerHash().equals(grant.ownerHash()));
        Account account = chooseAccount(signedIn, known);
        if (adminCharacter.filter(grant.characterId()::equals).isPresent() && !account.isAdmin()) {
            account = accounts.addRole(account.id(), Role.ADMIN);
        }
        characters.save(new LinkedCharacter(grant.characterId(), grant.characterName(), grant.ownerHash(),
                account.id(), grant.scopes(), TokenState.VALID));
        tokens.save(grant.token());
        return account;
    }

    private Account chooseAccount(Optional<AccountId> signedIn, Optional<LinkedCharacter> known) {
        if (signedIn.isPresent()) {
            AccountId current = signedIn.get();
            if (known.isPresent() && !known.get().owner().equals(current)) {
                throw new ConflictException("character " + known.get().id() + " belongs to another account");
            }
            return accounts.findById(current).orElseThrow(() -> new NotFoundException("account not found"));
        }
        if (known.isPresent()) {
            return accounts.findById(known.get().owner()).orElseThrow(() -> new NotFoundException("account not found"));
        }
        accounts.lockCreation();
        Set<Role> roles = accounts.isEmpty() ? EnumSet.of(Role.USER, Role.ADMIN) : EnumSet.of(Role.USER);
        return accounts.create(roles);
    }
}
