package org.eveseat.domain.alert.model;

import java.time.Instant;
import java.util.List;

/** What a channel is told: a title and one line per thing that happened, in words, no ids. */
public record AlertMessage(String title, List<String> lines, Instant at) {
    public AlertMessage {
        lines = List.copyOf(lines);
    }
}
