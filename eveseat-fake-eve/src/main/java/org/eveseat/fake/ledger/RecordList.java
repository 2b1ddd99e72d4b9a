package org.eveseat.fake.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;

/**
 * One data set of the fake ledger, in the order ESI answers it (newest first where ESI sorts by time).
 * It holds generated defaults until a test sets it; every method is safe to call while the fake serves.
 */
public final class RecordList<T> {

    private final Supplier<List<T>> defaults;
    private final UnaryOperator<T> newer;
    private List<T> records;

    /**
     * @param defaults what the list holds until it is set
     * @param newer    makes a record newer than the given first one, for a data set that changes
     *                 between two page fetches; null for data that does not change that way
     */
    public RecordList(Supplier<List<T>> defaults, UnaryOperator<T> newer) {
        this.defaults = defaults;
        this.newer = newer;
    }

    /** A snapshot, first record first. */
    public synchronized List<T> all() {
        return List.copyOf(records());
    }

    public synchronized RecordList<T> set(List<T> replacement) {
        records = new ArrayList<>(replacement);
        return this;
    }

    @SafeVarargs
    public final RecordList<T> set(T... replacement) {
        return set(List.of(replacement));
    }

    public synchronized RecordList<T> clear() {
        records = new ArrayList<>();
        return this;
    }

    /** Adds a record at the end (the oldest one, in a list sorted newest first). */
    public synchronized RecordList<T> add(T record) {
        records().add(record);
        return this;
    }

    /** Adds a record at the front (the newest one). */
    public synchronized RecordList<T> prepend(T record) {
        records().add(0, record);
        return this;
    }

    /** Prepends a record newer than the current first one; nothing happens to an empty or fixed list. */
    public synchronized Optional<T> prependNewer() {
        if (newer == null || records().isEmpty()) {
            return Optional.empty();
        }
        T record = newer.apply(records.get(0));
        records.add(0, record);
        return Optional.of(record);
    }

    public synchronized Optional<T> find(Predicate<? super T> which) {
        return records().stream().filter(which).findFirst();
    }

    public synchronized boolean removeIf(Predicate<? super T> which) {
        return records().removeIf(which);
    }

    /** Replaces the records that match; answers whether any did. */
    public synchronized boolean update(Predicate<? super T> which, UnaryOperator<T> change) {
        boolean any = false;
        for (int i = 0; i < records().size(); i++) {
            if (which.test(records.get(i))) {
                records.set(i, change.apply(records.get(i)));
                any = true;
            }
        }
        return any;
    }

    /** One more than the largest id in the list, and at least {@code floor}. */
    public synchronized long nextId(ToLongFunction<? super T> id, long floor) {
        return Math.max(floor, records().stream().mapToLong(id).max().orElse(0) + 1);
    }

    private List<T> records() {
        if (records == null) {
            records = new ArrayList<>(defaults.get());
        }
        return records;
    }
}
