package org.eveseat.fake;

import org.eveseat.fake.ledger.AllianceLedger;
import org.eveseat.fake.ledger.CharacterLedger;
import org.eveseat.fake.ledger.CorporationLedger;
import org.eveseat.fake.ledger.PublicLedger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The game state the fake ESI serves: per character, corporation and alliance, plus public data. Each is
 * made on first mention with realistic defaults generated from its id (anchored at the ledger's creation
 * time), and every data set can be replaced or changed by a test while the fake runs.
 */
public final class FakeLedger {

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final Map<Long, CharacterLedger> characters = new ConcurrentHashMap<>();
    private final Map<Long, CorporationLedger> corporations = new ConcurrentHashMap<>();
    private final Map<Long, AllianceLedger> alliances = new ConcurrentHashMap<>();
    private final PublicLedger publicData = new PublicLedger(now);

    /** The time the generated defaults count back from. */
    public Instant anchor() {
        return now;
    }

    /** A character, made with defaults if the ledger has not seen it yet (it is then a known character). */
    public CharacterLedger character(long characterId) {
        return characters.computeIfAbsent(characterId, id -> new CharacterLedger(id, now,
                List.of(PublicLedger.REAL_KILLMAIL), publicData.market()));
    }

    /** A character the ledger has seen (through a test or a request), without making one. */
    public Optional<CharacterLedger> knownCharacter(long characterId) {
        return Optional.ofNullable(characters.get(characterId));
    }

    public List<CharacterLedger> knownCharacters() {
        return List.copyOf(characters.values());
    }

    public CorporationLedger corporation(long corporationId) {
        return corporations.computeIfAbsent(corporationId, id -> new CorporationLedger(id, now,
                List.of(PublicLedger.REAL_KILLMAIL), publicData.market()));
    }

    public Optional<CorporationLedger> knownCorporation(long corporationId) {
        return Optional.ofNullable(corporations.get(corporationId));
    }

    public List<CorporationLedger> knownCorporations() {
        return List.copyOf(corporations.values());
    }

    public AllianceLedger alliance(long allianceId) {
        return alliances.computeIfAbsent(allianceId, AllianceLedger::new);
    }

    public Optional<AllianceLedger> knownAlliance(long allianceId) {
        return Optional.ofNullable(alliances.get(allianceId));
    }

    public List<AllianceLedger> knownAlliances() {
        return List.copyOf(alliances.values());
    }

    /** Killmails, wars, sovereignty, markets, public contracts and other data without an owner. */
    public PublicLedger publicData() {
        return publicData;
    }

    public FakeLedger setWalletBalance(long characterId, BigDecimal balance) {
        character(characterId).walletBalance(balance);
        return this;
    }

    public BigDecimal walletBalance(long characterId) {
        return character(characterId).walletBalance();
    }
}
