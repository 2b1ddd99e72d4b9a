package org.eveseat.fake.ledger;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A wallet journal line, character or corporation division ({@code GET .../wallet/journal}). */
public record JournalEntry(long id, Instant date, String refType, String description, Double amount, Double balance,
                           Long firstPartyId, Long secondPartyId, Long contextId, String contextIdType, String reason,
                           Double tax, Long taxReceiverId) {

    private record Kind(String refType, String description, double min, double max, String contextIdType) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("player_donation", "Cash transfer", 1_000, 50_000_000, null),
            new Kind("market_transaction", "Market: sold items", 10_000, 90_000_000, "market_transaction_id"),
            new Kind("bounty_prizes", "Bounty prizes", 50_000, 30_000_000, "system_id"),
            new Kind("transaction_tax", "Sales tax", -900_000, -100, null),
            new Kind("brokers_fee", "Brokers fee", -500_000, -100, null),
            new Kind("contract_price", "Contract price", -80_000_000, -1_000, "contract_id"),
            new Kind("agent_mission_reward", "Mission reward", 100_000, 5_000_000, null),
            new Kind("industry_job_tax", "Industry job tax", -2_000_000, -500, "industry_job_id"));

    /**
     * {@code count} entries for an owner (character or corporation), newest first, ids descending, one every
     * 17 minutes back from {@code newest}; the running balance ends at a realistic amount.
     */
    public static List<JournalEntry> generate(long ownerId, int count, Instant newest) {
        Samples samples = Samples.of(ownerId, "journal");
        long firstId = 20_000_000_000L + Math.floorMod(ownerId, 100_000L) * 1_000_000L;
        List<JournalEntry> oldestFirst = new ArrayList<>(count);
        double balance = samples.isk(1_000_000, 50_000_000);
        for (int i = 0; i < count; i++) {
            Kind kind = samples.pick(KINDS);
            double amount = samples.isk(kind.min(), kind.max());
            balance = Math.round((balance + amount) * 100) / 100.0;
            long id = firstId + i;
            Instant date = newest.minus(Duration.ofMinutes(17L * (count - 1 - i)));
            long other = samples.pick(Samples.OTHER_PILOTS);
            oldestFirst.add(new JournalEntry(id, date, kind.refType(), kind.description(), amount, balance,
                    amount < 0 ? ownerId : other, amount < 0 ? other : ownerId,
                    kind.contextIdType() == null ? null : contextId(kind.contextIdType(), id),
                    kind.contextIdType(), null, null, null));
        }
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    private static long contextId(String type, long id) {
        return switch (type) {
            case "system_id" -> Samples.JITA;
            case "market_transaction_id" -> 5_000_000_000L + id % 1_000_000_000L;
            default -> 100_000_000L + id % 10_000_000L;
        };
    }

    /** The next donation after this entry: the next id, a minute later. */
    /** The balance after the newest entry, or zero for an empty journal. */
    static BigDecimal latestBalance(RecordList<JournalEntry> journal) {
        return journal.all().stream().findFirst().map(JournalEntry::balance).map(BigDecimal::valueOf)
                .orElse(BigDecimal.ZERO);
    }

    public JournalEntry newer() {
        double donation = 1_000_000.0;
        return new JournalEntry(id + 1, date.plusSeconds(60), "player_donation", "Cash transfer", donation,
                balance == null ? null : balance + donation, Samples.OTHER_PILOTS.get(0), secondPartyId, null, null,
                "late arrival", null, null);
    }
}
