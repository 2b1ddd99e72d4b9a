package org.eveseat.domain;

/**
 * One feature's recipe for its use cases: which service implements each in-port and which ports, settings and
 * other features' in-ports it is built from. {@link EveSeatDomain} lists the features; this is the one wiring,
 * used alike by the application server's composition root and by plain Java programs.
 */
public interface FeatureAssembly {
    void addTo(ServiceCatalogue catalogue);
}
