package org.eveseat.it;

/** The EAR on Payara Server 6. */
class PayaraServerEarIT extends EarChecks {
    @Override
    AppServer server() {
        return new PayaraServer();
    }
}
