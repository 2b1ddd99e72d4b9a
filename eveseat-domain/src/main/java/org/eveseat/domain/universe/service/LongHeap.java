package org.eveseat.domain.universe.service;

import java.util.Arrays;

/** A binary min-heap of primitive longs, so a route search boxes nothing. */
final class LongHeap {
    private long[] items;
    private int size;

    LongHeap(int capacity) {
        items = new long[Math.max(capacity, 16)];
    }

    boolean isEmpty() {
        return size == 0;
    }

    void push(long item) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        int at = size++;
        while (at > 0 && items[(at - 1) / 2] > item) {
            items[at] = items[(at - 1) / 2];
            at = (at - 1) / 2;
        }
        items[at] = item;
    }

    long pop() {
        long top = items[0];
        long last = items[--size];
        int at = 0;
        while (2 * at + 1 < size) {
            int child = 2 * at + 1;
            if (child + 1 < size && items[child + 1] < items[child]) {
                child++;
            }
            if (items[child] >= last) {
                break;
            }
            items[at] = items[child];
            at = child;
        }
        items[at] = last;
        return top;
    }
}
