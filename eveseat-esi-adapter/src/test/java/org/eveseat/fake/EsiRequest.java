package org.eveseat.fake;

import java.util.Map;

/**
 * What a route handler gets: the path parameters, the query, the verified token (null on a public
 * route) and the ledger to read from.
 */
public record EsiRequest(Map<String, String> pathParams, Map<String, String> query,
                         AccessTokenClaims token, FakeLedger ledger) {

    public long longParam(String name) {
        String value = pathParams.get(name);
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw HttpError.esi(400, "invalid " + name + ": " + value);
        }
    }
}
