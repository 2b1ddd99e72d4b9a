package org.eveseat.bench;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eveseat.adapter.esi.testing.FakeEsiHarness;
import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.wallet.model.WalletScopes;

/** Characters with a wallet on the fake ESI and a wallet-scoped access token each, for the benchmarks. */
public final class BenchPilots implements AccessTokenQuery {
    private final Map<CharacterId, AccessToken> tokens = new ConcurrentHashMap<>();

    /** Adds {@code count} characters from {@code firstId} on; returns their ids' tokens only. */
    public Map<CharacterId, AccessToken> add(FakeEsiHarness harness, long firstId, int count) {
        Map<CharacterId, AccessToken> added = new ConcurrentHashMap<>();
        for (long id = firstId; id < firstId + count; id++) {
            harness.esi().ledger().setWalletBalance(id, BigDecimal.valueOf(id % 100_000, 2));
            added.put(new CharacterId(id), harness.token(id, Set.of(WalletScopes.READ_CHARACTER_WALLET)));
        }
        tokens.putAll(added);
        return added;
    }

    @Override
    public AccessToken accessTokenFor(CharacterId characterId) {
        return tokens.get(characterId);
    }
}
