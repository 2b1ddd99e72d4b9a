package org.eveseat.fake.ledger;

import java.math.BigDecimal;
import java.time.Instant;

/** One of a corporation's seven wallet divisions: its name, balance, journal and transactions. */
public final class WalletDivision {

    private final int division;
    private volatile String name;
    private volatile BigDecimal balance;
    private final RecordList<JournalEntry> journal;
    private final RecordList<WalletTransaction> transactions;

    WalletDivision(long corporationId, int division, Instant now) {
        this.division = division;
        this.name = division == 1 ? "Master Wallet" : "Division " + division;
        long owner = corporationId * 10 + division;
        journal = new RecordList<>(() -> JournalEntry.generate(owner, division == 1 ? 40 : 5, now),
                JournalEntry::newer);
        transactions = new RecordList<>(() -> WalletTransaction.generate(owner, division == 1 ? 20 : 2, now),
                WalletTransaction::newer);
    }

    public int division() {
        return division;
    }

    public String name() {
        return name;
    }

    public WalletDivision name(String newName) {
        this.name = newName;
        return this;
    }

    /** The balance; by default that of the newest journal entry. */
    public BigDecimal balance() {
        BigDecimal set = balance;
        return set != null ? set : JournalEntry.latestBalance(journal);
    }

    public WalletDivision balance(BigDecimal newBalance) {
        this.balance = newBalance;
        return this;
    }

    public RecordList<JournalEntry> journal() {
        return journal;
    }

    public RecordList<WalletTransaction> transactions() {
        return transactions;
    }
}
