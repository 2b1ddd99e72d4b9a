package org.eveseat.adapter.esi.common;

import java.lang.reflect.Array;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;

/**
 * Reads and writes ESI's JSON: snake_case names onto the adapters' DTO records. One configured JSON-B instance;
 * unreadable bodies surface as JSON-B exceptions, which the gateway treats as a transient failure.
 */
public final class EsiJson {
    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES));

    private EsiJson() {
    }

    public static <D, T> Function<String, T> one(Class<D> dto, Function<D, T> toDomain) {
        return body -> toDomain.apply(JSONB.fromJson(body, dto));
    }

    public static <D, T> Function<String, List<T>> list(Class<D> dto, Function<D, T> toDomain) {
        @SuppressWarnings("unchecked")
        Class<D[]> arrayType = (Class<D[]>) Array.newInstance(dto, 0).getClass();
        return body -> Arrays.stream(JSONB.fromJson(body, arrayType)).map(toDomain).toList();
    }

    public static String write(Object dto) {
        return JSONB.toJson(dto);
    }

    public static String bearer(org.eveseat.domain.character.model.AccessToken token) {
        return "Bearer " + token.value();
    }
}
