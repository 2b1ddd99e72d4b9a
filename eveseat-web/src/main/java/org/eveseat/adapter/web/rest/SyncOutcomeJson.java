package org.eveseat.adapter.web.rest;

import static org.eveseat.adapter.json.Jsonp.JSON;

import jakarta.json.JsonObject;

import org.eveseat.domain.shared.SyncOutcome;

/** The answer of every "sync now" call: status, detail and, unless the token is invalid, when the next is due. */
public final class SyncOutcomeJson {
    private SyncOutcomeJson() {
    }

    public static JsonObject of(SyncOutcome outcome) {
        var body = JSON.createObjectBuilder().add("status", outcome.status().name()).add("detail", outcome.detail());
        if (outcome.nextDue() != null) {
            body.add("nextDue", outcome.nextDue().toString());
        }
        return body.build();
    }
}
