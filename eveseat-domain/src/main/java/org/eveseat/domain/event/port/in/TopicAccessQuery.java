package org.eveseat.domain.event.port.in;

import org.eveseat.domain.shared.Viewer;

/** Whether a viewer may receive the events of a topic: the same people who may read that data through the API. */
public interface TopicAccessQuery {
    TopicAccess access(Viewer viewer, String topic);

    /** Allowed, forbidden (a real topic the viewer may not read) or unknown (no such topic). */
    enum TopicAccess { ALLOWED, FORBIDDEN, UNKNOWN }
}
