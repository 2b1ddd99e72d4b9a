package org.eveseat.domain.contract.model;

import java.math.BigDecimal;
import java.util.Comparator;

import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.RuleViolationException;

/**
 * The order of a contract listing: by issue date, expiry date or price, ascending or descending, ties broken by
 * contract id in the same direction. Text form as in the API: {@code issued}, {@code -issued} (newest first, the
 * default), {@code expires}, {@code -expires}, {@code price}, {@code -price}.
 */
public record ContractSort(Field field, boolean descending) {
    public enum Field { ISSUED, EXPIRES, PRICE }

    public static final ContractSort NEWEST = new ContractSort(Field.ISSUED, true);

    public ContractSort {
        Require.present(field, "sort field");
    }

    public static ContractSort parse(String text) {
        if (text == null || text.isEmpty()) {
            return NEWEST;
        }
        boolean descending = text.startsWith("-");
        String name = descending ? text.substring(1) : text;
        for (Field field : Field.values()) {
            if (field.name().equalsIgnoreCase(name)) {
                return new ContractSort(field, descending);
            }
        }
        throw new RuleViolationException("sort must be issued, expires or price, optionally prefixed by '-', was '"
                + text + "'");
    }

    /**
     * The sort value of a contract as a number: epoch milliseconds for dates (ESI's are whole seconds, so nothing
     * is cut off), hundredths of ISK for the price.
     */
    public long key(Contract contract) {
        ContractOffer offer = contract.offer();
        return switch (field) {
            case ISSUED -> offer.dateIssued().toEpochMilli();
            case EXPIRES -> offer.dateExpired().toEpochMilli();
            case PRICE -> cents(offer.terms().price());
        };
    }

    /** The listing order itself, for stores that sort in memory. */
    public Comparator<Contract> comparator() {
        Comparator<Contract> ascending = Comparator.comparingLong(this::key).thenComparingLong(Contract::contractId);
        return descending ? ascending.reversed() : ascending;
    }

    public static long cents(Isk price) {
        return price == null ? 0 : price.amount().movePointRight(2).longValueExact();
    }

    public static BigDecimal fromCents(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    @Override
    public String toString() {
        return (descending ? "-" : "") + field.name().toLowerCase();
    }
}
