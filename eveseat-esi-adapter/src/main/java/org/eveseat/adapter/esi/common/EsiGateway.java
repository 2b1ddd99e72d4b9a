package org.eveseat.adapter.esi.common;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;

import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.UpstreamUnavailableException;

/**
 * The one way EVESeat calls ESI. Every call passes the budgets first (error limit, rate buckets) and is booked
 * afterwards; reads honour Expires and ETag; transient failures are retried with jittered back-off; paged reads
 * fetch page 1, then the rest concurrently, and start over if the data changed under the walk.
 */
public class EsiGateway {
    static final int MAX_WALKS = 3;

    private final EsiCache cache;
    private final EsiBudget budget;
    private final Retrier retrier;
    private final Executor pages;
    private final Clock clock;

    public EsiGateway(EsiCache cache, EsiBudget budget, Retrier retrier, Executor pages, Clock clock) {
        this.cache = cache;
        this.budget = budget;
        this.retrier = retrier;
        this.pages = pages;
        this.clock = clock;
    }

    /** A cached read: {@code call} gets the stored ETag (or null) for If-None-Match. */
    public <T> EsiResult<T> read(EsiOperation op, Function<String, Response> call, Function<String, T> parse) {
        Optional<CacheEntry> cached = fresh(op);
        if (cached.isPresent()) {
            return new EsiResult.NotDue<>(cached.get().expires());
        }
        String etag = cache.get(op.resource()).map(CacheEntry::etag).orElse(null);
        Parsed<T> answer = fetch(op, () -> call.apply(etag), parse);
        if (answer.raw().notModified()) {
            cache.put(op.resource(), CacheEntry.found(etag, answer.raw().expires()));
            return new EsiResult.Unchanged<>(answer.raw().expires());
        }
        cache.put(op.resource(), CacheEntry.found(answer.raw().etag(), answer.raw().expires()));
        return new EsiResult.Fresh<>(answer.value(), answer.raw().expires());
    }

    /** A cached read of every page of an X-Pages resource; {@code page} gets the page number and ETag. */
    public <T> EsiResult<List<T>> readPages(EsiOperation op, BiFunction<Integer, String, Response> page,
                                            Function<String, List<T>> parse) {
        Optional<CacheEntry> cached = fresh(op);
        if (cached.isPresent()) {
            return new EsiResult.NotDue<>(cached.get().expires());
        }
        String etag = cache.get(op.resource()).map(CacheEntry::etag).orElse(null);
        for (int walk = 1; walk <= MAX_WALKS; walk++) {
            Parsed<List<T>> first = fetch(op, () -> page.apply(1, etag), parse);
            if (first.raw().notModified()) {
                cache.put(op.resource(), CacheEntry.found(etag, first.raw().expires()));
                return new EsiResult.Unchanged<>(first.raw().expires());
            }
            Optional<List<T>> all = walkRest(op, first, page, parse);
            if (all.isPresent()) {
                cache.put(op.resource(), CacheEntry.found(first.raw().etag(), first.raw().expires()));
                return new EsiResult.Fresh<>(all.get(), first.raw().expires());
            }
        }
        throw new UpstreamUnavailableException("ESI data of " + op.resource() + " kept changing during " + MAX_WALKS
                + " page walks");
    }

    /** A write (or an uncached call such as POST /universe/names): no cache, retried only when idempotent. */
    public <T> T call(EsiOperation op, boolean idempotent, Supplier<Response> call, Function<String, T> parse) {
        Supplier<Parsed<T>> once = () -> attempt(op, call, parse);
        return (idempotent ? retrier.run(op.resource(), once) : onceOnly(op, once)).value();
    }

    private <T> Optional<List<T>> walkRest(EsiOperation op, Parsed<List<T>> first,
                                           BiFunction<Integer, String, Response> page, Function<String, List<T>> parse) {
        int count = first.raw().pages();
        List<CompletableFuture<Parsed<List<T>>>> rest = new ArrayList<>();
        for (int number = 2; number <= count; number++) {
            int n = number;
            rest.add(CompletableFuture.supplyAsync(() -> fetch(op, () -> page.apply(n, null), parse), pages));
        }
        List<T> all = new ArrayList<>(orEmpty(first.value()));
        for (CompletableFuture<Parsed<List<T>>> future : rest) {
            Parsed<List<T>> next = join(future);
            if (!sameSnapshot(first.raw(), next.raw())) {
                return Optional.empty();
            }
            all.addAll(orEmpty(next.value()));
        }
        if (count > 1 && !fetch(op, () -> page.apply(1, first.raw().etag()), parse).raw().notModified()) {
            return Optional.empty(); // page 1 changed while the others were read
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

    private Optional<CacheEntry> fresh(EsiOperation op) {
        Optional<CacheEntry> cached = cache.get(op.resource()).filter(e -> clock.instant().isBefore(e.expires()));
        if (cached.filter(CacheEntry::missing).isPresent()) {
            throw new NotFoundException("ESI has no " + op.resource() + " (remembered until " + cached.get().expires() + ")");
        }
        return cached;
    }

    private <T> Parsed<T> fetch(EsiOperation op, Supplier<Response> call, Function<String, T> parse) {
        try {
            return retrier.run(op.resource(), () -> attempt(op, call, parse));
        } catch (NotFoundException missing) {
            cache.put(op.resource(), CacheEntry.notFound(clock.instant().plus(EsiAnswer.DEFAULT_CACHE)));
            throw missing;
        }
    }

    private <T> Parsed<T> attempt(EsiOperation op, Supplier<Response> call, Function<String, T> parse) {
        budget.checkBefore(op.group(), op.bucket());
        Instant now = clock.instant();
        try (Response response = call.get()) {
            budget.record(response, op.group(), op.bucket());
            int status = response.getStatus();
            if (status == 420 || status == 429) {
                budget.checkBefore(op.group(), op.bucket()); // throws the pause that was just recorded
            }
            if (status >= 400) {
                throw EsiErrors.of(response, op.resource());
            }
            EsiAnswer raw = EsiAnswer.of(response, now);
            return new Parsed<>(raw, raw.notModified() || raw.body().isEmpty() ? null : parse.apply(raw.body()));
        } catch (ProcessingException e) {
            throw new TransientEsiFailure("ESI unreachable for " + op.resource() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            if (isUnreadableBody(e)) {
                throw new TransientEsiFailure("ESI sent an unreadable body for " + op.resource(), e);
            }
            throw e;
        }
    }

    private static boolean isUnreadableBody(RuntimeException e) {
        return e instanceof jakarta.json.JsonException || e instanceof jakarta.json.bind.JsonbException
                || e instanceof NumberFormatException || e instanceof ClassCastException;
    }

    private static <T> T onceOnly(EsiOperation op, Supplier<T> once) {
        try {
            return once.get();
        } catch (TransientEsiFailure e) {
            throw new UpstreamUnavailableException("ESI write " + op.resource() + " failed; not retried, since it may "
                    + "have taken effect: " + e.getMessage(), e);
        }
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private record Parsed<T>(EsiAnswer raw, T value) {
    }
}
