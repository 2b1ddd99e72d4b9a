package org.eveseat.domain.calendar.service;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.UpstreamUnavailableException;

/**
 * Reads of event details and attendees: ESI's answer when it sent one (and it is stored), the stored copy when
 * ESI's cache says nothing changed or ESI is unavailable. Only with nothing stored does an ESI failure show.
 */
final class ReadThrough {
    private ReadThrough() {
    }

    static <T> T read(Supplier<EsiResult<T>> esi, Supplier<Optional<T>> stored, Consumer<T> save, String what) {
        EsiResult<T> result;
        try {
            result = esi.get();
        } catch (UpstreamUnavailableException e) {
            return stored.get().orElseThrow(() -> e);
        }
        if (result instanceof EsiResult.Fresh<T> fresh) {
            save.accept(fresh.value());
            return fresh.value();
        }
        return stored.get().orElseThrow(() -> new UpstreamUnavailableException(what
                + " is not stored and ESI sends it again only after " + result.expires()));
    }
}
