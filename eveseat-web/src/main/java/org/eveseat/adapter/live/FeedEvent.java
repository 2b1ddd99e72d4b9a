package org.eveseat.adapter.live;

/**
 * An event as it travels between nodes and out to clients: its feed id, its topic (for routing without parsing),
 * who may receive it, and the JSON envelope without the id, which is spliced in once per event rather than once
 * per client.
 */
public record FeedEvent(long id, String topic, Audience audience, String body) {
    /** An event for everyone allowed on its topic. */
    public FeedEvent(long id, String topic, String body) {
        this(id, topic, Audience.EVERYONE, body);
    }

    /** The envelope a client receives: {@code {"id":N,"type":..,"topic":..,"timestamp":..,"payload":{..}}}. */
    public String text() {
        return "{\"id\":" + id + "," + body.substring(1);
    }

    /** One line for a Hazelcast ring buffer or topic: plain strings need no class on the other node. */
    public String line() {
        return id + "\n" + unnumbered(topic, audience, body);
    }

    public static FeedEvent ofLine(String line) {
        int first = line.indexOf('\n');
        return numbered(Long.parseLong(line.substring(0, first)), line.substring(first + 1));
    }

    /** A ring buffer item has no id of its own yet: topic, audience and body only. */
    public static String unnumbered(String topic, Audience audience, String body) {
        return topic + "\n" + audience.text() + "\n" + body;
    }

    public static FeedEvent numbered(long id, String item) {
        int first = item.indexOf('\n');
        int second = item.indexOf('\n', first + 1);
        return new FeedEvent(id, item.substring(0, first), Audience.parse(item.substring(first + 1, second)),
                item.substring(second + 1));
    }
}
