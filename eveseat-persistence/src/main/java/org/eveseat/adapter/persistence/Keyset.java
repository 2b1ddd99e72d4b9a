package org.eveseat.adapter.persistence;

import java.util.List;
import java.util.function.Function;

import org.eveseat.domain.wallet.model.KeysetPage;

/**
 * The keyset part of a listing by id: below the "before" cursor newest first, above the "after" cursor oldest
 * first (so the limit takes the rows right above it), one row more than the page to know if another follows.
 * With the owner's equality conditions in front, the primary key's index scan starts right at the cursor.
 */
public record Keyset(String idColumn, Long beforeId, Long afterId, int limit) {
    public Conditions restrict(Conditions conditions) {
        return conditions.addIf(beforeId != null, idColumn + " < ?", beforeId)
                .addIf(afterId != null, idColumn + " > ?", afterId);
    }

    public String orderAndLimit() {
        return " order by " + idColumn + (afterId != null ? " asc" : " desc") + " limit " + (limit + 1);
    }

    public <T> KeysetPage<T> page(List<T> oneMore, Function<T, Long> id) {
        return KeysetPage.of(oneMore, limit, afterId != null, beforeId != null || afterId != null, id);
    }
}
