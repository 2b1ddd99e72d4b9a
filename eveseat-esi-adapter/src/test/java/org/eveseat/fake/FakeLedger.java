package org.eveseat.fake;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The game state the fake ESI serves, per character. Unset values read as empty or zero. */
public final class FakeLedger {

    private final Map<Long, BigDecimal> walletBalances = new ConcurrentHashMap<>();

    public FakeLedger setWalletBalance(long characterId, BigDecimal balance) {
        walletBalances.put(characterId, balance);
        return this;
    }

    public BigDecimal walletBalance(long characterId) {
        return walletBalances.getOrDefault(characterId, BigDecimal.ZERO);
    }
}
