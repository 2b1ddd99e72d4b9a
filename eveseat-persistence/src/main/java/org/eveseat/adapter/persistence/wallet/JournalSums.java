package org.eveseat.adapter.persistence.wallet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eveseat.adapter.persistence.StorableText;
import org.eveseat.domain.wallet.model.JournalOwner;
import org.eveseat.domain.wallet.model.WalletJournalEntry;

/**
 * New entries of one owner summed as the rollup tables keep them: per UTC day and ref type, and per counterparty
 * for each UTC day and each month. Keys come out sorted, so concurrent writers lock rollup rows in one order.
 */
final class JournalSums {
    /** A counterparty's sums over a day ({@code month} false) or the month starting at {@code start}. */
    record PartyKey(boolean month, LocalDate start, long party) {
    }

    record DayKey(LocalDate day, String refType) {
    }

    /** Income (amounts above zero), expense (below zero), entries, and entries with an amount. */
    static final class Sum {
        BigDecimal income = BigDecimal.ZERO;
        BigDecimal expense = BigDecimal.ZERO;
        long entries;
        long valued;

        void add(BigDecimal amount) {
            entries++;
            if (amount != null) {
                valued++;
                income = amount.signum() > 0 ? income.add(amount) : income;
                expense = amount.signum() < 0 ? expense.add(amount) : expense;
            }
        }
    }

    final Map<DayKey, Sum> byDay = new TreeMap<>(Comparator.comparing(DayKey::day).thenComparing(DayKey::refType));
    final Map<PartyKey, Sum> byParty = new TreeMap<>(Comparator.comparing(PartyKey::month)
            .thenComparing(PartyKey::start).thenComparingLong(PartyKey::party));

    static JournalSums of(JournalOwner owner, List<WalletJournalEntry> entries) {
        JournalSums sums = new JournalSums();
        for (WalletJournalEntry e : entries) {
            BigDecimal amount = e.amount() == null ? null : e.amount().amount();
            LocalDate day = LocalDate.ofInstant(e.date(), ZoneOffset.UTC);
            String refType = StorableText.clean(e.refType().esiValue());
            sums.byDay.computeIfAbsent(new DayKey(day, refType), k -> new Sum()).add(amount);
            Long party = counterparty(owner, e);
            if (party != null) {
                sums.byParty.computeIfAbsent(new PartyKey(false, day, party), k -> new Sum()).add(amount);
                sums.byParty.computeIfAbsent(new PartyKey(true, day.withDayOfMonth(1), party), k -> new Sum())
                        .add(amount);
            }
        }
        return sums;
    }

    /** Whichever party is not the wallet's owner, as the statistics read it from the rows. */
    static Long counterparty(JournalOwner owner, WalletJournalEntry e) {
        Long first = e.firstPartyId();
        return first != null && first == owner.id() ? e.secondPartyId() : first;
    }
}
