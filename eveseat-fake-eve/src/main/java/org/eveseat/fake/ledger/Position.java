package org.eveseat.fake.ledger;

/** A position in space, in metres. */
public record Position(double x, double y, double z) {
}
