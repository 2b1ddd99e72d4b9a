package org.eveseat.it;

/** The EAR on WildFly 39 (MicroProfile configuration). */
class WildFlyEarIT extends EarChecks {
    @Override
    AppServer server() {
        return new WildFlyServer();
    }
}
