package org.eveseat.domain.alert.model;

import java.time.Instant;

/**
 * How the last post to a channel went: delivered, failed (the service answered with an error or not at all; the
 * next alert tries again), or gone (the webhook was deleted or its token is wrong: the channel needs a new one).
 */
public record Delivery(Status status, Instant at, String detail) {
    public enum Status { NEVER, DELIVERED, FAILED, GONE }

    public static final Delivery NEVER = new Delivery(Status.NEVER, null, null);

    public static Delivery delivered(Instant at) {
        return new Delivery(Status.DELIVERED, at, null);
    }

    public static Delivery failed(Instant at, String detail) {
        return new Delivery(Status.FAILED, at, detail);
    }

    public static Delivery gone(Instant at, String detail) {
        return new Delivery(Status.GONE, at, detail);
    }
}
