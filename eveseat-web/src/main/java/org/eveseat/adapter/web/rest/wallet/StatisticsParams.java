package org.eveseat.adapter.web.rest.wallet;

import java.time.Duration;
import java.time.Instant;

import jakarta.ws.rs.QueryParam;

import org.eveseat.adapter.web.rest.RequestParams;
import org.eveseat.domain.wallet.model.StatisticsRange;

/** The query parameters of wallet statistics: the range, the time buckets and the number of top counterparties. */
public class StatisticsParams {
    static final Duration DEFAULT_SPAN = Duration.ofDays(365);

    /** from this date (2026-05-01, UTC) or ISO-8601 instant, included; default a year before `to` */
    @QueryParam("from")
    String from;
    /** up to this date or instant, excluded; default now */
    @QueryParam("to")
    String to;
    /** day, week (from Monday) or month, in UTC; default month */
    @QueryParam("period")
    String period;
    /** how many top counterparties, 1-100, default 10 */
    @QueryParam("top")
    String top;

    StatisticsRange range(Instant now) {
        Instant end = RequestParams.instant(to, "to");
        end = end == null ? now : end;
        Instant start = RequestParams.instant(from, "from");
        return new StatisticsRange(start == null ? end.minus(DEFAULT_SPAN) : start, end,
                WalletParams.period(period), WalletParams.top(top));
    }
}
