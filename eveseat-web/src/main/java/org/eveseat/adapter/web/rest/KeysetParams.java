package org.eveseat.adapter.web.rest;

import jakarta.ws.rs.QueryParam;

/**
 * The keyset cursor and page size every listing newest first takes: {@code before} a page's {@code older} for the
 * next older page, {@code after} its {@code newer} for the page above, and {@code limit}. Listings extend it with
 * their filters.
 */
public class KeysetParams {
    @QueryParam("before")
    String before;
    @QueryParam("after")
    String after;
    @QueryParam("limit")
    String limit;

    protected Long beforeId() {
        return RequestParams.optionalId(before, "before");
    }

    protected Long afterId() {
        return RequestParams.optionalId(after, "after");
    }

    protected int limit(int byDefault) {
        return RequestParams.limit(limit, byDefault);
    }
}
