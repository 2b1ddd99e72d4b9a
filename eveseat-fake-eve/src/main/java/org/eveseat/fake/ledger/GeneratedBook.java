package org.eveseat.fake.ledger;

import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

import org.eveseat.fake.Json;

/**
 * A region's order book at full size, generated ({@link BookGenerator}), with versions: {@link #churn} makes the next
 * one, as ESI's book moves between two cache times. The route serves the current version; a served answer is a view
 * that writes each order's JSON only when its page is written.
 */
public final class GeneratedBook {
    private final long regionId;
    private final BookGenerator generator;
    private BookOrders current;
    private int version;

    GeneratedBook(long regionId, int size, long seed, Instant now) {
        this.regionId = regionId;
        this.generator = new BookGenerator(regionId, seed, now);
        this.current = generator.generate(size);
    }

    /** The next version of the book: some orders gone, some repriced or partly filled, some new. */
    public synchronized GeneratedBook churn() {
        current = generator.churn(current, ++version);
        return this;
    }

    public synchronized int version() {
        return version;
    }

    public synchronized int size() {
        return current.size;
    }

    /** The current version's orders, in the order ESI lists them. */
    public synchronized List<MarketOrder> orders() {
        BookOrders orders = current;
        return IntStream.range(0, orders.size).mapToObj(i -> orders.record(i, regionId)).toList();
    }

    /** The current version as the route answers it: both sides or one, every type or one. */
    public synchronized List<Json.Raw> view(String orderType, Long typeId) {
        BookOrders orders = current;
        if (orderType.equals("all") && typeId == null) {
            return new View(orders, IntStream.range(0, orders.size).toArray());
        }
        List<Integer> chosen = new ArrayList<>();
        for (int i = 0; i < orders.size; i++) {
            boolean side = orderType.equals("all") || orderType.equals("buy") == orders.buy[i];
            if (side && (typeId == null || orders.type[i] == typeId)) {
                chosen.add(i);
            }
        }
        return new View(orders, chosen.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Orders of one version, written as JSON on demand; equal to another view of the same orders. */
    private static final class View extends AbstractList<Json.Raw> implements Json.Prepared {
        private final BookOrders orders;
        private final int[] indexes;

        View(BookOrders orders, int[] indexes) {
            this.orders = orders;
            this.indexes = indexes;
        }

        @Override
        public Json.Raw get(int index) {
            return new Json.Raw(orders.json(indexes[index]));
        }

        @Override
        public int size() {
            return indexes.length;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof View view ? view.orders == orders && java.util.Arrays.equals(view.indexes, indexes)
                    : super.equals(other);
        }

        @Override
        public int hashCode() {
            return Objects.hash(System.identityHashCode(orders), indexes.length);
        }
    }
}
