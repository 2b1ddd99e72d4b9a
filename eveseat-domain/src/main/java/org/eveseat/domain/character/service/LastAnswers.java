package org.eveseat.domain.character.service;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.eveseat.domain.character.model.StatusPart;
import org.eveseat.domain.shared.EsiResult;

/**
 * The last value ESI gave per key. ESI's cache rules make a read before {@code Expires} (or a 304) come back without
 * a body, so a read on demand answers what ESI last sent until then; nothing is stored beyond this node's memory.
 */
final class LastAnswers<K, V> {
    private final Map<K, V> last = new ConcurrentHashMap<>();

    StatusPart<V> read(K key, Supplier<EsiResult<V>> call) {
        EsiResult<V> result = call.get();
        if (result instanceof EsiResult.Fresh<V> fresh) {
            last.put(key, fresh.value());
            return StatusPart.of(fresh.value(), fresh.expires());
        }
        V remembered = last.get(key);
        return remembered != null ? StatusPart.of(remembered, result.expires())
                : StatusPart.unavailable("not read yet on this server; again after " + result.expires());
    }
}
