package org.eveseat.domain.shared;

/** A point in a solar system's space, in metres, as ESI reports positions of celestials and wrecks. */
public record Position(double x, double y, double z) {
}
