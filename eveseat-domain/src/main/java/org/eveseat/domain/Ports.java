package org.eveseat.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The out-port implementations (storage, ESI, events, ...) an application hands to {@link EveSeatDomain}. A
 * program passes its adapters to {@link #of}; the application server looks each type up among its beans.
 * Only the ports of the use cases actually asked for are looked up.
 */
@FunctionalInterface
public interface Ports {
    /** The implementation of this out-port, if the application has one. */
    Optional<Object> find(Class<?> type);

    /**
     * Each port is the one adapter that implements it (an adapter may implement several, and be given more than
     * once); two different adapters of the same port are refused when it is asked for.
     */
    static Ports of(Object... adapters) {
        List<Object> given = List.of(adapters);
        return type -> {
            List<Object> matches = new ArrayList<>();
            for (Object adapter : given) {
                if (type.isInstance(adapter) && matches.stream().noneMatch(known -> known == adapter)) {
                    matches.add(adapter);
                }
            }
            if (matches.size() > 1) {
                throw new IllegalStateException(matches.size() + " adapters given implement " + type.getName()
                        + "; give one");
            }
            return matches.stream().findFirst();
        };
    }
}
