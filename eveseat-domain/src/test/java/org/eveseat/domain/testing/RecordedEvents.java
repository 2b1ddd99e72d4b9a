package org.eveseat.domain.testing;

import java.util.ArrayList;
import java.util.List;

import org.eveseat.domain.event.model.LiveEvent;
import org.eveseat.domain.event.port.out.EventPublisher;

/** An event publisher that keeps what it was handed, for tests to check what a use case announced. */
public class RecordedEvents implements EventPublisher {
    private final List<LiveEvent> events = new ArrayList<>();

    @Override
    public void publish(LiveEvent event) {
        events.add(event);
    }

    public List<LiveEvent> all() {
        return List.copyOf(events);
    }

    public List<LiveEvent> ofType(String type) {
        return events.stream().filter(e -> e.type().equals(type)).toList();
    }
}
