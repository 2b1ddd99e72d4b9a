package org.eveseat.adapter.esi.wallet;

import java.util.OptionalLong;

/**
 * The {@code from_id} cursor of the transaction routes. Each cursor position is its own ESI resource with its
 * own ETag and expiry, so the cursor is part of the gateway's resource key (the request's query).
 */
final class FromId {
    private FromId() {
    }

    /** Null leaves the query parameter out, which asks for the newest transactions. */
    static Long param(OptionalLong fromId) {
        return fromId.isPresent() ? fromId.getAsLong() : null;
    }
}
