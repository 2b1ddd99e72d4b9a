package org.eveseat.adapter.esi.common;

import java.util.List;
import java.util.function.Function;

import org.eveseat.adapter.esi.table.EsiOperationSpec;
import org.eveseat.domain.shared.EsiPage;
import org.eveseat.domain.shared.EsiResult;

/**
 * Table operations through the gateway: the spec says whether a read walks pages, which group it spends and
 * whether a write may be retried, so an adapter states only the operation, its parameters and its mapping.
 */
public final class EsiTable {
    private final EsiGateway gateway;
    private final EsiTransport transport;

    public EsiTable(EsiGateway gateway, EsiSettings settings) {
        this(gateway, new EsiTransport(settings));
    }

    public EsiTable(EsiGateway gateway, EsiTransport transport) {
        this.gateway = gateway;
        this.transport = transport;
    }

    /** A cached read; an X-Pages operation is walked whole. */
    public <T> EsiResult<T> read(EsiRequest request, Function<String, T> parse) {
        if (request.spec().paging() == EsiOperationSpec.Paging.PAGES) {
            throw new IllegalArgumentException(request.spec() + " is paged: use readPages");
        }
        return gateway.read(request.operation(), etag -> transport.send(request, 0, etag), parse);
    }

    /** Every page of an X-Pages operation, walked by the gateway. */
    public <T> EsiResult<List<T>> readPages(EsiRequest request, Function<String, List<T>> parse) {
        return gateway.readPages(paged(request).operation(), (page, etag) -> transport.send(request, page, etag), parse);
    }

    /** One page of an X-Pages operation, for a caller that walks the pages itself. */
    public <T> EsiResult<EsiPage<T>> readPage(EsiRequest request, int page, Function<String, List<T>> parse) {
        return gateway.readPage(paged(request).operation(), page, (number, etag) -> transport.send(request, number, etag),
                parse);
    }

    /** Page 1 of an X-Pages operation as a cached read, with its Last-Modified, for a caller walking the rest. */
    public <T> EsiResult<WalkPage<T>> readFirstPage(EsiRequest request, Function<String, List<T>> parse) {
        return gateway.readFirstPage(paged(request).operation(),
                (number, etag) -> transport.send(request, number, etag), parse);
    }

    /** Pages of an X-Pages operation read concurrently, each with its Last-Modified. */
    public <T> List<WalkPage<T>> readPagesOf(EsiRequest request, List<Integer> numbers,
                                             Function<String, List<T>> parse) {
        return gateway.readPagesOf(paged(request).operation(), numbers,
                (number, etag) -> transport.send(request, number, etag), parse);
    }

    /** An uncached call (a write, or a POST that reads): retried only if the method is idempotent. */
    public <T> T call(EsiRequest request, Function<String, T> parse) {
        return gateway.call(request.operation(), request.spec().idempotent(), () -> transport.send(request, 0, null),
                parse);
    }

    /**
     * A POST that only reads (names, ids, a route, affiliations): uncached like a write, but retried on a transient
     * failure, since asking again changes nothing.
     */
    public <T> T lookup(EsiRequest request, Function<String, T> parse) {
        return gateway.call(request.operation(), true, () -> transport.send(request, 0, null), parse);
    }

    private static EsiRequest paged(EsiRequest request) {
        if (request.spec().paging() != EsiOperationSpec.Paging.PAGES) {
            throw new IllegalArgumentException(request.spec() + " has no X-Pages");
        }
        return request;
    }
}
