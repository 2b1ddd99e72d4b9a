package org.eveseat.fake.ledger;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A market transaction of a character or corporation division ({@code GET .../wallet/transactions});
 * {@code isPersonal} is left out of the corporation answer.
 */
public record WalletTransaction(long transactionId, Instant date, long typeId, long quantity, double unitPrice,
                                long clientId, long locationId, boolean isBuy, Boolean isPersonal,
                                long journalRefId) {

    /** {@code count} transactions, newest first with descending ids, one every 41 minutes back from {@code newest}. */
    public static List<WalletTransaction> generate(long ownerId, int count, Instant newest) {
        Samples samples = Samples.of(ownerId, "transactions");
        long newestId = 6_000_000_000L + Math.floorMod(ownerId, 100_000L) * 100_000L + count;
        List<WalletTransaction> transactions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            transactions.add(new WalletTransaction(newestId - i, newest.minus(Duration.ofMinutes(41L * i)),
                    samples.pick(Samples.TYPES), samples.between(1, 5000), samples.isk(3, 90_000_000),
                    samples.pick(Samples.OTHER_PILOTS), Samples.JITA_4_4, samples.chance(0.5), true,
                    20_000_000_000L + newestId - i));
        }
        return transactions;
    }

    public WalletTransaction newer() {
        return new WalletTransaction(transactionId + 1, date.plusSeconds(60), typeId, 1, unitPrice, clientId,
                locationId, !isBuy, isPersonal, journalRefId + 1);
    }
}
