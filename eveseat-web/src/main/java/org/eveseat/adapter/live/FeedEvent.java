package org.eveseat.adapter.live;

/**
 * An event as it travels between nodes and out to clients: its feed id, its topic (for routing without parsing)
 * and the JSON envelope without the id, which is spliced in once per event rather than once per client.
 */
public record FeedEvent(long id, String topic, String body) {
    /** The envelope a client receives: {@code {"id":N,"type":..,"topic":..,"timestamp":..,"payload":{..}}}. */
    public String text() {
        return "{\"id\":" + id + "," + body.substring(1);
    }

    /** One line for a Hazelcast ring buffer or topic: plain strings need no class on the other node. */
    public String line() {
        return id + "\n" + topic + "\n" + body;
    }

    public static FeedEvent ofLine(String line) {
        int first = line.indexOf('\n');
        int second = line.indexOf('\n', first + 1);
        return new FeedEvent(Long.parseLong(line.substring(0, first)), line.substring(first + 1, second),
                line.substring(second + 1));
    }

    /** A ring buffer item has no id of its own yet: topic and body only. */
    public static String unnumbered(String topic, String body) {
        return topic + "\n" + body;
    }

    public static FeedEvent numbered(long id, String item) {
        int cut = item.indexOf('\n');
        return new FeedEvent(id, item.substring(0, cut), item.substring(cut + 1));
    }
}
