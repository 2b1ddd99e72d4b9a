package org.eveseat.domain;

import java.util.function.Function;

/** Where a {@link FeatureAssembly} says how each of its in-ports is built. */
public interface ServiceCatalogue {
    /**
     * @param type the in-port (or a feature-internal helper) the factory builds
     * @param factory builds it from the ports and settings; called at most once per {@link EveSeatDomain}
     */
    <T> void add(Class<T> type, Function<Wiring, ? extends T> factory);
}
