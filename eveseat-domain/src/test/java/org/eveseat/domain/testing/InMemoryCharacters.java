package org.eveseat.domain.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.eveseat.domain.character.model.Account;
import org.eveseat.domain.character.model.CharacterToken;
import org.eveseat.domain.character.model.LinkedCharacter;
import org.eveseat.domain.character.model.Role;
import org.eveseat.domain.character.model.TokenState;
import org.eveseat.domain.character.port.out.AccountRepository;
import org.eveseat.domain.character.port.out.CharacterRepository;
import org.eveseat.domain.character.port.out.CharacterTokenRepository;
import org.eveseat.domain.character.port.out.UnitOfWork;
import org.eveseat.domain.shared.AccountId;
import org.eveseat.domain.shared.CharacterId;

/**
 * In-memory versions of the character feature's storage ports, for use-case tests. As the unit of work it counts
 * transactions and the writes made outside one, so a test can check that a use case stores all in one.
 */
public final class InMemoryCharacters implements AccountRepository, CharacterRepository, CharacterTokenRepository,
        UnitOfWork {
    private final Map<Long, Account> accounts = new TreeMap<>();
    private final Map<CharacterId, LinkedCharacter> characters = new TreeMap<>(Comparator.comparingLong(CharacterId::value));
    private final Map<CharacterId, CharacterToken> tokens = new TreeMap<>(Comparator.comparingLong(CharacterId::value));
    private final Map<CharacterId, Instant> storedAt = new TreeMap<>(Comparator.comparingLong(CharacterId::value));
    public final List<CharacterToken> savedTokens = new ArrayList<>();
    public int transactions;
    public int writesOutsideATransaction;
    private boolean inTransaction;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        transactions++;
        inTransaction = true;
        try {
            return work.get();
        } finally {
            inTransaction = false;
        }
    }

    private void write() {
        if (!inTransaction) {
            writesOutsideATransaction++;
        }
    }

    @Override
    public void lockCreation() {
        write();
    }

    @Override
    public Account create(Set<Role> roles) {
        write();
        Account account = new Account(new AccountId(accounts.size() + 1L), roles);
        accounts.put(account.id().value(), account);
        return account;
    }

    @Override
    public Optional<Account> findById(AccountId id) {
        return Optional.ofNullable(accounts.get(id.value()));
    }

    @Override
    public Account addRole(AccountId id, Role role) {
        write();
        Set<Role> roles = EnumSet.copyOf(accounts.get(id.value()).roles());
        roles.add(role);
        Account account = new Account(id, roles);
        accounts.put(id.value(), account);
        return account;
    }

    @Override
    public boolean isEmpty() {
        return accounts.isEmpty();
    }

    @Override
    public List<Account> list(int limit) {
        return accounts.values().stream().limit(limit).toList();
    }

    @Override
    public boolean removeRoleUnlessLast(AccountId id, Role role) {
        if (!accounts.get(id.value()).roles().contains(role)) {
            return true;
        }
        if (accounts.values().stream().filter(a -> a.roles().contains(role)).count() < 2) {
            return false;
        }
        Set<Role> roles = EnumSet.copyOf(accounts.get(id.value()).roles());
        roles.remove(role);
        accounts.put(id.value(), new Account(id, roles));
        return true;
    }

    @Override
    public Optional<LinkedCharacter> findById(CharacterId id) {
        return Optional.ofNullable(characters.get(id));
    }

    @Override
    public List<LinkedCharacter> findByOwner(AccountId owner) {
        return characters.values().stream().filter(c -> c.owner().equals(owner)).toList();
    }

    @Override
    public List<LinkedCharacter> all(int limit) {
        return characters.values().stream().limit(limit).toList();
    }

    @Override
    public List<CharacterId> findSyncableWithScope(String scope) {
        return characters.values().stream().filter(c -> c.tokenState() == TokenState.VALID && c.hasScope(scope))
                .map(LinkedCharacter::id).toList();
    }

    @Override
    public void save(LinkedCharacter character) {
        write();
        characters.put(character.id(), character);
    }

    @Override
    public Optional<CharacterToken> findByCharacter(CharacterId id) {
        return Optional.ofNullable(tokens.get(id));
    }

    @Override
    public void save(CharacterToken token) {
        write();
        tokens.put(token.characterId(), token);
        storedAt.put(token.characterId(), Instant.now());
        savedTokens.add(token);
    }

    @Override
    public Map<CharacterId, Instant> lastStored(int limit) {
        Map<CharacterId, Instant> first = new LinkedHashMap<>();
        storedAt.entrySet().stream().limit(limit).forEach(e -> first.put(e.getKey(), e.getValue()));
        return first;
    }
}
