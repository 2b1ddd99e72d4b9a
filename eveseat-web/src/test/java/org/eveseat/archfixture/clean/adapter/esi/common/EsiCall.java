package org.eveseat.archfixture.clean.adapter.esi.common;

import org.eclipse.microprofile.rest.client.RestClientBuilder;

/** Shared by the ESI adapters of all features. */
public final class EsiCall {
    private EsiCall() {
    }

    public static RestClientBuilder builder() {
        return RestClientBuilder.newBuilder();
    }
}
