package org.eveseat.adapter.esi.table;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One operation of the ESI spec, as far as calling it and serving it goes: method and path template, the SSO scope
 * (null on public routes), the corporation roles of {@code x-required-roles} (any one will do), the
 * {@code x-rate-limit} group, how long ESI caches the answer, how it pages, its parameters and its success status.
 */
public record EsiOperationSpec(String method, String path, String operationId, String scope, List<String> roles,
                               RateLimit rateLimit, Cache cache, Paging paging, List<Parameter> parameters,
                               int successStatus, boolean localized) {

    /** {@code x-rate-limit}: so many tokens per window, per bucket of the group. */
    public record RateLimit(String group, int maxTokens, Duration window) {
    }

    /** {@code seconds} ({@code x-cache-age}) or {@code daily} (expires at the 11:05 UTC downtime); neither: not cached. */
    public record Cache(Integer seconds, boolean daily) {
        public static final Cache NONE = new Cache(null, false);

        public boolean cached() {
            return daily || seconds != null;
        }
    }

    /** {@code PAGES}: {@code page} and {@code X-Pages}; {@code FROM_ID}: a {@code from_id} cursor; {@code CURSOR}: before/after. */
    public enum Paging { NONE, PAGES, FROM_ID, CURSOR }

    /** A parameter the operation declares itself ({@code in}: path, query or body). */
    public record Parameter(String name, String in, boolean required) {
    }

    public EsiOperationSpec {
        roles = List.copyOf(roles);
        parameters = List.copyOf(parameters);
    }

    /** {@code GET /markets/{region_id}/history}: how the table names the operation. */
    public String key() {
        return method + " " + path;
    }

    public Optional<Parameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** Calls whose repetition changes nothing more than the first: every method but POST. */
    public boolean idempotent() {
        return !method.equals("POST");
    }

    @Override
    public String toString() {
        return key();
    }
}
