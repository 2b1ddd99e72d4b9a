package org.eveseat.adapter.esi.common;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eveseat.adapter.esi.table.EsiOperationSpec;
import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.shared.CharacterId;

/**
 * One call of a table operation: the operation's key and the values of its parameters, each placed in the path or
 * the query as the spec says (a name the operation lacks is refused at once). It knows its cache key and whose
 * rate bucket pays ({@link #operation()}): the character, corporation, alliance or fleet of the path, else the
 * public one.
 */
public final class EsiRequest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");
    /**
     * Path owners that stand for the token's character in the bucket key when the caller does not say whose token
     * it is (a corporation's director, an alliance's executor, a fleet's boss).
     */
    private static final List<String> OWNERS = List.of("corporation", "alliance", "fleet");

    private final EsiOperationSpec spec;
    private final Map<String, String> path = new TreeMap<>();
    private final Map<String, List<String>> query = new TreeMap<>();
    private String authorization;
    private String character;
    private Object body;

    private EsiRequest(EsiOperationSpec spec) {
        this.spec = spec;
    }

    /** A call of {@code GET /markets/{region_id}/history} and the like, an operation of the table. */
    public static EsiRequest of(String key) {
        return new EsiRequest(EsiOperations.listed(key));
    }

    /**
     * Sets a path or query parameter; a null value or an empty collection leaves an optional query parameter out,
     * and a collection is sent as the parameter repeated ({@code label_ids=1&label_ids=2}).
     */
    public EsiRequest with(String name, Object value) {
        EsiOperationSpec.Parameter parameter = spec.parameter(name).orElseThrow(() ->
                new IllegalArgumentException(spec + " has no parameter " + name));
        List<String> values = value instanceof Collection<?> many ? many.stream().map(String::valueOf).toList()
                : value == null ? List.of() : List.of(String.valueOf(value));
        if (!values.isEmpty()) {
            if (parameter.in().equals("path")) {
                path.put(name, String.join(",", values));
            } else {
                query.put(name, values);
            }
        }
        return this;
    }

    public EsiRequest token(AccessToken token) {
        this.authorization = EsiJson.bearer(token);
        return this;
    }

    /**
     * The token of a character the path does not name (a structure's market or details, read by one who may dock):
     * the answer depends on who asks, so the cache entry and the bucket are that character's.
     */
    public EsiRequest token(AccessToken token, CharacterId whose) {
        this.character = whose.toString();
        return token(token);
    }

    /** The JSON body of a write, a DTO record. */
    public EsiRequest body(Object dto) {
        spec.parameter("body").orElseThrow(() -> new IllegalArgumentException(spec + " takes no body"));
        this.body = dto;
        return this;
    }

    public EsiOperationSpec spec() {
        return spec;
    }

    /** The path with its parameters filled in. */
    public String path() {
        Matcher placeholders = PLACEHOLDER.matcher(spec.path());
        StringBuilder filled = new StringBuilder();
        while (placeholders.find()) {
            String value = path.get(placeholders.group(1));
            if (value == null) {
                throw new IllegalStateException(spec + " called without " + placeholders.group(1));
            }
            placeholders.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        return placeholders.appendTail(filled).toString();
    }

    Map<String, List<String>> query() {
        return query;
    }

    String authorization() {
        return authorization;
    }

    Object body() {
        return body;
    }

    /** The gateway's view: cache key (path and query), the spec's rate group, and the bucket it is charged to. */
    public EsiOperation operation() {
        StringBuilder resource = new StringBuilder(path());
        query.forEach((name, values) -> resource.append(resource.indexOf("?") < 0 ? '?' : '&').append(name).append('=')
                .append(String.join(",", values)));
        String group = spec.rateLimit() == null ? RateLimitGroup.NONE : spec.rateLimit().group();
        String whose = path.getOrDefault("character_id", character);
        if (whose != null && authorization != null) {
            return new EsiOperation(resource + "#" + whose, group, whose);
        }
        return OWNERS.stream().filter(owner -> path.containsKey(owner + "_id")).findFirst()
                .map(owner -> new EsiOperation(resource.toString(), group, owner + ":" + path.get(owner + "_id")))
                .orElseGet(() -> EsiOperation.open(resource.toString(), group));
    }
}
