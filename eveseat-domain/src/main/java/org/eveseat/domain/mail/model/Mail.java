package org.eveseat.domain.mail.model;

import org.eveseat.domain.shared.Require;

/** A whole mail: its header and its body (EVE's HTML-like markup, kept as ESI sends it). */
public record Mail(MailHeader header, String body) {
    public Mail {
        Require.present(header, "mail header");
        body = body == null ? "" : body;
    }
}
