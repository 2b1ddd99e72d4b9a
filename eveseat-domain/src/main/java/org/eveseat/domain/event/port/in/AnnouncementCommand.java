package org.eveseat.domain.event.port.in;

import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.RuleViolationException;

/** The text of an announcement, and an optional level for how clients show it. */
public record AnnouncementCommand(String message, String level) {
    public AnnouncementCommand {
        Require.text(message, 2000, "message");
        level = level == null ? "info" : level;
        if (!level.matches("info|warning|critical")) {
            throw new RuleViolationException("level must be info, warning or critical");
        }
    }
}
