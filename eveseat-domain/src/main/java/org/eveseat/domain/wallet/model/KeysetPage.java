package org.eveseat.domain.wallet.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import org.eveseat.domain.shared.Require;

/**
 * One page of a listing newest first, with the cursors of its neighbours: {@code older} is the id to pass as
 * "before" for the next older page, {@code newer} the id to pass as "after" for the page above; null where there
 * is no such page.
 */
public record KeysetPage<T>(List<T> items, Long older, Long newer) {
    public KeysetPage {
        items = Require.list(items, "items");
    }

    /**
     * Cuts rows read in the page's direction, up to limit + 1 (the extra one proves a further page), to a page:
     * read newest first when paging back, oldest first when paging up to newer rows.
     */
    public static <T> KeysetPage<T> of(List<T> oneMore, int limit, boolean upwards, boolean fromCursor,
                                       Function<T, Long> id) {
        boolean more = oneMore.size() > limit;
        List<T> page = more ? oneMore.subList(0, limit) : oneMore;
        if (page.isEmpty()) {
            return new KeysetPage<>(List.of(), null, null);
        }
        Long farthest = id.apply(page.get(page.size() - 1));
        Long nearest = fromCursor ? id.apply(page.get(0)) : null;
        if (!upwards) {
            return new KeysetPage<>(page, more ? farthest : null, nearest);
        }
        List<T> newestFirst = new ArrayList<>(page);
        Collections.reverse(newestFirst);
        return new KeysetPage<>(newestFirst, nearest, more ? farthest : null);
    }

    public <R> KeysetPage<R> map(Function<List<T>, List<R>> items) {
        return new KeysetPage<>(items.apply(this.items), older, newer);
    }
}
