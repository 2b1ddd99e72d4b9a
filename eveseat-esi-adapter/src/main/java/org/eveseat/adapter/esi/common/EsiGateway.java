package org.eveseat.adapter.esi.common;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.ws.rs.core.Response;

import org.eveseat.domain.shared.EsiPage;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.UpstreamUnavailableException;

/**
 * The one way EVESeat calls ESI. Every call passes the budgets first (error limit, rate buckets) and is booked
 * afterwards; reads honour Expires and ETag; transient failures are retried with jittered back-off; paged reads
 * fetch page 1, then the rest concurrently, and start over if the data changed under the walk. Every page of a
 * walk leaves each rate group's reserve to single calls ({@link EsiBudget}).
 */
public class EsiGateway {
    static final int MAX_WALKS = 3;

    private final EsiCache cache;
    private final EsiCall esi;
    private final PageWalk pageWalk;
    private final Executor pages;
    private final Clock clock;

    public EsiGateway(EsiCache cache, EsiBudget budget, Retrier retrier, Executor pages, Clock clock) {
        this.cache = cache;
        this.esi = new EsiCall(cache, budget, retrier, clock);
        this.pageWalk = new PageWalk(esi, pages);
        this.pages = pages;
        this.clock = clock;
    }

    /** A cached read: {@code call} gets the stored ETag (or null) for If-None-Match. */
    public <T> EsiResult<T> read(EsiOperation op, Function<String, Response> call, Function<String, T> parse) {
        return cachedRead(op, false, call, parse, Parsed::value);
    }

    /** A cached read of every page of an X-Pages resource; {@code page} gets the page number and ETag. */
    public <T> EsiResult<List<T>> readPages(EsiOperation op, BiFunction<Integer, String, Response> page,
                                            Function<String, List<T>> parse) {
        Optional<CacheEntry> cached = fresh(op);
        if (cached.isPresent()) {
            return new EsiResult.NotDue<>(cached.get().expires());
        }
        String etag = cache.get(op.resource()).map(CacheEntry::etag).orElse(null);
        for (int attempt = 1; attempt <= MAX_WALKS; attempt++) {
            Parsed<List<T>> first = esi.fetch(op, true, () -> page.apply(1, etag), parse);
            if (first.raw().notModified()) {
                cache.put(op.resource(), CacheEntry.found(etag, first.raw().expires()));
                return new EsiResult.Unchanged<>(first.raw().expires());
            }
            Optional<List<T>> all = pageWalk.rest(op, first, page, parse);
            if (all.isPresent()) {
                cache.put(op.resource(), CacheEntry.found(first.raw().etag(), first.raw().expires()));
                return new EsiResult.Fresh<>(all.get(), first.raw().expires());
            }
        }
        throw new UpstreamUnavailableException("ESI data of " + op.resource() + " kept changing during " + MAX_WALKS
                + " page walks");
    }

    /**
     * One page of an X-Pages resource for a caller that walks the pages itself (a batch job checkpointing after each
     * page). Page 1 is a cached read like {@link #read}; later pages are plain reads, part of the walk page 1 began.
     */
    public <T> EsiResult<EsiPage<T>> readPage(EsiOperation op, int number, BiFunction<Integer, String, Response> page,
                                              Function<String, List<T>> parse) {
        if (number == 1) {
            return cachedRead(op, true, etag -> page.apply(1, etag), parse, first -> pageOf(first, 1));
        }
        Parsed<List<T>> answer = esi.fetch(op, true, () -> page.apply(number, null), parse);
        return new EsiResult.Fresh<>(pageOf(answer, number), answer.raw().expires());
    }

    /** Page 1 of an X-Pages resource as a cached read, with the headers a caller checking its own walk needs. */
    public <T> EsiResult<WalkPage<T>> readFirstPage(EsiOperation op, BiFunction<Integer, String, Response> page,
                                                    Function<String, List<T>> parse) {
        return cachedRead(op, true, etag -> page.apply(1, etag), parse, first -> walkPage(first, 1));
    }

    /** Pages of an X-Pages resource read concurrently on the page threads (plain reads), in the order asked. */
    public <T> List<WalkPage<T>> readPagesOf(EsiOperation op, List<Integer> numbers,
                                             BiFunction<Integer, String, Response> page,
                                             Function<String, List<T>> parse) {
        List<CompletableFuture<WalkPage<T>>> pending = numbers.stream().map(n -> CompletableFuture.supplyAsync(
                () -> walkPage(esi.fetch(op, true, () -> page.apply(n, null), parse), n), pages)).toList();
        List<WalkPage<T>> read = new ArrayList<>();
        for (CompletableFuture<WalkPage<T>> future : pending) {
            try {
                read.add(future.join());
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        return read;
    }

    private static <T> WalkPage<T> walkPage(Parsed<List<T>> answer, int number) {
        return new WalkPage<>(pageOf(answer, number), answer.raw().lastModified(), answer.raw().expires());
    }

    /** A write (or an uncached call such as POST /universe/names): no cache, retried only when idempotent. */
    public <T> T call(EsiOperation op, boolean idempotent, Supplier<Response> call, Function<String, T> parse) {
        return (idempotent ? esi.fetch(op, call, parse) : esi.once(op, call, parse)).value();
    }

    private <T, R> EsiResult<R> cachedRead(EsiOperation op, boolean pageWalk, Function<String, Response> call,
                                           Function<String, T> parse, Function<Parsed<T>, R> value) {
        Optional<CacheEntry> cached = fresh(op);
        if (cached.isPresent()) {
            return new EsiResult.NotDue<>(cached.get().expires());
        }
        String etag = cache.get(op.resource()).map(CacheEntry::etag).orElse(null);
        Parsed<T> answer = esi.fetch(op, pageWalk, () -> call.apply(etag), parse);
        if (answer.raw().notModified()) {
            cache.put(op.resource(), CacheEntry.found(etag, answer.raw().expires()));
            return new EsiResult.Unchanged<>(answer.raw().expires());
        }
        cache.put(op.resource(), CacheEntry.found(answer.raw().etag(), answer.raw().expires()));
        return new EsiResult.Fresh<>(value.apply(answer), answer.raw().expires());
    }

    private static <T> EsiPage<T> pageOf(Parsed<List<T>> answer, int number) {
        return new EsiPage<>(answer.value() == null ? List.of() : answer.value(), number,
                Math.max(number, answer.raw().pages()));
    }

    private Optional<CacheEntry> fresh(EsiOperation op) {
        Optional<CacheEntry> cached = cache.get(op.resource()).filter(e -> clock.instant().isBefore(e.expires()));
        if (cached.filter(CacheEntry::missing).isPresent()) {
            throw new NotFoundException("ESI has no " + op.resource() + " (remembered until " + cached.get().expires() + ")");
        }
        return cached;
    }
}
