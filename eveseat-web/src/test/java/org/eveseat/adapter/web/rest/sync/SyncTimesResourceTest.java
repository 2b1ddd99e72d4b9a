package org.eveseat.adapter.web.rest.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import jakarta.json.JsonObject;

import org.eveseat.domain.sync.model.SyncEndpoint;
import org.eveseat.domain.sync.model.SyncTimes;
import org.junit.jupiter.api.Test;

class SyncTimesResourceTest {
    @Test
    void aPlannedEndpointCarriesItsTimesAsInstantsAndOneNotPlannedNulls() {
        JsonObject planned = SyncTimesResource.json(new SyncTimes(SyncEndpoint.MAIL, true,
                Instant.parse("2026-12-07T12:00:00Z"), Instant.parse("2026-12-07T12:30:00Z"), "UPDATED"));
        JsonObject not = SyncTimesResource.json(SyncTimes.notPlanned(SyncEndpoint.CONTACTS));

        assertThat(planned.toString()).isEqualTo("{\"endpoint\":\"MAIL\",\"planned\":true,"
                + "\"lastSuccess\":\"2026-12-07T12:00:00Z\",\"nextDue\":\"2026-12-07T12:30:00Z\","
                + "\"lastStatus\":\"UPDATED\"}");
        assertThat(not.toString()).isEqualTo("{\"endpoint\":\"CONTACTS\",\"planned\":false,\"lastSuccess\":null,"
                + "\"nextDue\":null,\"lastStatus\":null}");
    }
}
