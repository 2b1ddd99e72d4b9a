package org.eveseat.fake;

/** Ways the next access token can be broken, for negative tests of the token validation. */
enum TokenFault {
    TAMPERED,
    EXPIRED,
    WRONG_ISSUER,
    WRONG_AUDIENCE,
    UNKNOWN_KEY
}
