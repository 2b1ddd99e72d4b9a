package org.eveseat.domain;

/** What a service is built from: other in-ports (built once), the out-ports given, and the settings. */
public interface Wiring {
    /** The in-port built by the catalogue, or else the out-port the application gave; fails if it gave none. */
    <T> T get(Class<T> type);

    DomainSettings settings();
}
