package org.eveseat.domain.shared;

import java.util.List;

/**
 * One page of an X-Pages resource, for readers that walk a long list page by page (a batch job that checkpoints
 * after each page) instead of taking it whole.
 */
public record EsiPage<T>(List<T> items, int number, int count) {
    public EsiPage {
        items = List.copyOf(items);
        Require.positive(number, "page number");
        Require.positive(count, "page count");
    }

    public boolean isLast() {
        return number >= count;
    }
}
