package org.eveseat.domain.mail.model;

import org.eveseat.domain.shared.Require;

/**
 * A mail ready to show in a browser: its body has passed the sanitizer, so it holds EVE's harmless formatting
 * only. The type keeps raw bodies ({@link Mail}) from being handed to a browser by mistake.
 */
public record SanitizedMail(MailHeader header, String safeBody) {
    public SanitizedMail {
        Require.present(header, "mail header");
        Require.present(safeBody, "sanitized body");
    }
}
