package org.eveseat.adapter.web.rest.auth;

import java.io.Serializable;

/**
 * A login in flight, kept in the browser's HTTP session between the redirect to EVE SSO and the callback: the
 * state that proves the callback belongs to this browser, the PKCE verifier, and the account linking an alt.
 */
record PendingLogin(String state, String codeVerifier, Long signedInAccount) implements Serializable {
    static final String SESSION_ATTRIBUTE = "eveseat.pendingLogin";
}
