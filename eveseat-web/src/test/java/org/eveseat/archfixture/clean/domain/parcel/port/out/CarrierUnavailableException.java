package org.eveseat.archfixture.clean.domain.parcel.port.out;

/** The carrier cannot be reached. */
public class CarrierUnavailableException extends RuntimeException {
    public CarrierUnavailableException(String message) {
        super(message);
    }
}
