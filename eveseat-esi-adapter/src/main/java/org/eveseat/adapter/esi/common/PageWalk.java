package org.eveseat.adapter.esi.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Function;

import jakarta.ws.rs.core.Response;

/**
 * Pages 2..N of an X-Pages resource, fetched concurrently once page 1 is in. The walk is void (empty) when the data
 * changed meanwhile: a page with another Last-Modified, or page 1 no longer answering 304 to its own ETag.
 */
final class PageWalk {
    private final EsiCall esi;
    private final Executor pages;

    PageWalk(EsiCall esi, Executor pages) {
        this.esi = esi;
        this.pages = pages;
    }

    <T> Optional<List<T>> rest(EsiOperation op, Parsed<List<T>> first, BiFunction<Integer, String, Response> page,
                               Function<String, List<T>> parse) {
        int count = first.raw().pages();
        List<CompletableFuture<Parsed<List<T>>>> rest = new ArrayList<>();
        for (int number = 2; number <= count; number++) {
            int n = number;
            rest.add(CompletableFuture.supplyAsync(() -> esi.fetch(op, true, () -> page.apply(n, null), parse),
                    pages));
        }
        List<T> all = new ArrayList<>(orEmpty(first.value()));
        for (CompletableFuture<Parsed<List<T>>> future : rest) {
            Parsed<List<T>> next = join(future);
            if (!sameSnapshot(first.raw(), next.raw())) {
                return Optional.empty();
            }
            all.addAll(orEmpty(next.value()));
        }
        if (count > 1 && !esi.fetch(op, true, () -> page.apply(1, first.raw().etag()), parse).raw().notModified()) {
            return Optional.empty();
        }
        return Optional.of(all);
    }

    /** ESI answers some lists with 204 and no body (items of a contract no longer outstanding): an empty list. */
    private static <T> List<T> orEmpty(List<T> page) {
        return page == null ? List.of() : page;
    }

    private static boolean sameSnapshot(EsiAnswer first, EsiAnswer other) {
        return first.lastModified() == null || first.lastModified().equals(other.lastModified());
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
