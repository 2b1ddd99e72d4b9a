package org.eveseat.adapter.esi.common;

/** A failure worth another try: timeout, reset connection, 5xx, a body cut short. */
final class TransientEsiFailure extends RuntimeException {
    TransientEsiFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
