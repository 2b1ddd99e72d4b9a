package org.eveseat.domain.mail.model;

import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.RuleViolationException;

/** A mail label to create: a name of up to 40 characters and one of EVE's label colours (white if none). */
public record NewMailLabel(String name, LabelColor color) {
    public NewMailLabel {
        Require.text(name, 40, "label name");
        color = color == null ? LabelColor.WHITE : color;
        if (color == LabelColor.UNKNOWN) {
            throw new RuleViolationException("label colour must be one of EVE's label colours");
        }
    }
}
