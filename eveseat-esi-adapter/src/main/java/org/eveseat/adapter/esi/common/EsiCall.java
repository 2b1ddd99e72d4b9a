package org.eveseat.adapter.esi.common;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;

import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.UpstreamUnavailableException;

/**
 * One ESI request under the budgets: checked before, booked after, its status turned into a domain failure, and
 * transient failures retried. A 404 is remembered in the cache so the same miss is not charged again.
 */
final class EsiCall {
    private final EsiCache cache;
    private final EsiBudget budget;
    private final Retrier retrier;
    private final Clock clock;

    EsiCall(EsiCache cache, EsiBudget budget, Retrier retrier, Clock clock) {
        this.cache = cache;
        this.budget = budget;
        this.retrier = retrier;
        this.clock = clock;
    }

    <T> Parsed<T> fetch(EsiOperation op, Supplier<Response> call, Function<String, T> parse) {
        return fetch(op, false, call, parse);
    }

    /** @param pageWalk a page of a walk, which leaves each rate group's reserve to single calls */
    <T> Parsed<T> fetch(EsiOperation op, boolean pageWalk, Supplier<Response> call, Function<String, T> parse) {
        try {
            return retrier.run(op.resource(), () -> attempt(op, pageWalk, call, parse));
        } catch (NotFoundException missing) {
            cache.put(op.resource(), CacheEntry.notFound(clock.instant().plus(EsiAnswer.DEFAULT_CACHE)));
            throw missing;
        }
    }

    /** For calls that may have taken effect even when the answer was lost: never repeated. */
    <T> Parsed<T> once(EsiOperation op, Supplier<Response> call, Function<String, T> parse) {
        try {
            return attempt(op, false, call, parse);
        } catch (TransientEsiFailure e) {
            throw new UpstreamUnavailableException("ESI write " + op.resource() + " failed; not retried, since it may "
                    + "have taken effect: " + e.getMessage(), e);
        }
    }

    private <T> Parsed<T> attempt(EsiOperation op, boolean pageWalk, Supplier<Response> call,
                                  Function<String, T> parse) {
        budget.checkBefore(op.group(), op.bucket(), pageWalk);
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
}
