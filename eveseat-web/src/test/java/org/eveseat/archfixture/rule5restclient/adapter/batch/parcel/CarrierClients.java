package org.eveseat.archfixture.rule5restclient.adapter.batch.parcel;

import org.eclipse.microprofile.rest.client.RestClientBuilder;

/** Breaks rule 5: a batch job building its own REST client instead of going through the ESI adapter. */
public class CarrierClients {
    public Object newClient() {
        return RestClientBuilder.newBuilder();
    }
}
