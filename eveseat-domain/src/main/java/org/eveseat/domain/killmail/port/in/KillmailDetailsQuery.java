package org.eveseat.domain.killmail.port.in;

import org.eveseat.domain.killmail.model.KillmailDetails;
import org.eveseat.domain.shared.Viewer;

/** One killmail with victim, attackers, items and names; one the viewer may not read looks like none at all. */
public interface KillmailDetailsQuery {
    KillmailDetails details(Viewer viewer, long killmailId);
}
