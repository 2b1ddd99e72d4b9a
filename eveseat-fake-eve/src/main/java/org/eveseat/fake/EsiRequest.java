package org.eveseat.fake;

import org.eveseat.fake.ledger.AllianceLedger;
import org.eveseat.fake.ledger.CharacterLedger;
import org.eveseat.fake.ledger.CorporationLedger;
import org.eveseat.fake.ledger.PublicLedger;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a route handler gets: the path parameters, the query (every value of a repeated name), the verified
 * token (null on a public route), the ledger, the request body (null without one) and the page size.
 */
public record EsiRequest(Map<String, String> pathParams, Map<String, List<String>> queryValues,
                         AccessTokenClaims token, FakeLedger ledger, String body, int pageSize) {

    public long longParam(String name) {
        return parseLong("path." + name, pathParams.get(name));
    }

    /** The first value of each query parameter. */
    public Map<String, String> query() {
        Map<String, String> first = new LinkedHashMap<>();
        queryValues.forEach((name, values) -> first.put(name, values.get(0)));
        return first;
    }

    public Optional<String> queryParam(String name) {
        List<String> values = queryValues.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    public String requiredQuery(String name) {
        return queryParam(name).orElseThrow(() -> HttpError.invalid("query." + name, "required", null));
    }

    public Optional<Long> queryLong(String name) {
        return queryParam(name).map(value -> parseLong("query." + name, value));
    }

    public long requiredQueryLong(String name) {
        return parseLong("query." + name, requiredQuery(name));
    }

    /** A list parameter, repeated ({@code ids=1&ids=2}) or comma-separated ({@code ids=1,2}). */
    public List<Long> queryLongs(String name) {
        return queryValues.getOrDefault(name, List.of()).stream()
                .flatMap(value -> Arrays.stream(value.split(","))).filter(value -> !value.isBlank())
                .map(value -> parseLong("query." + name, value.trim())).toList();
    }

    public Optional<Boolean> queryBoolean(String name) {
        return queryParam(name).map(value -> switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw HttpError.invalid("query." + name, "expected boolean", value);
        });
    }

    public double requiredQueryDouble(String name) {
        String value = requiredQuery(name);
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw HttpError.invalid("query." + name, "expected number", value);
        }
    }

    /** The JSON body; 400 if there is none or it is not JSON. */
    public Object json() {
        if (body == null || body.isBlank()) {
            throw HttpError.invalid("body", "request body is required", null);
        }
        try {
            return Json.parse(body);
        } catch (org.eveseat.adapter.esi.table.JsonText.SyntaxException e) {
            throw HttpError.invalid("body", "invalid JSON: " + e.getMessage(), null);
        }
    }

    /** The character of the path's {@code character_id}. */
    public CharacterLedger character() {
        return ledger.character(longParam("character_id"));
    }

    /** The corporation of the path's {@code corporation_id}. */
    public CorporationLedger corporation() {
        return ledger.corporation(longParam("corporation_id"));
    }

    /** The alliance of the path's {@code alliance_id}. */
    public AllianceLedger alliance() {
        return ledger.alliance(longParam("alliance_id"));
    }

    public PublicLedger publicData() {
        return ledger.publicData();
    }

    private static long parseLong(String location, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw HttpError.invalid(location, "expected integer", value);
        }
    }
}
