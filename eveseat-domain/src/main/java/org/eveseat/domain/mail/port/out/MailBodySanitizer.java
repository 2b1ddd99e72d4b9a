package org.eveseat.domain.mail.port.out;

/**
 * Makes an EVE mail body safe to show in a browser. Bodies are HTML-like markup written by other players, so
 * anything able to run code (scripts, event handlers, javascript: and data: URLs, frames, styles) must go, while
 * EVE's own formatting (font, bold, italic, underline, line breaks, http/https/showinfo links) stays.
 */
public interface MailBodySanitizer {
    String sanitize(String body);
}
