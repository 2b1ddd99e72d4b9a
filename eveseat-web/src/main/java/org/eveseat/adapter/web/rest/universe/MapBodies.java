package org.eveseat.adapter.web.rest.universe;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eveseat.adapter.web.rest.ContentCoding;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.universe.model.SchematicMap;

/**
 * The encoded map bodies and their strong ETags (a hash of the bytes), kept per static data version and region:
 * the whole map is about a megabyte of JSON, the same for every user until an admin loads a newer export.
 */
@ApplicationScoped
public class MapBodies {
    private static final int MAX_KEPT = 300;

    private final Map<String, Body> bodies = new ConcurrentHashMap<>();

    public Body of(SchematicMap map, RegionId region) {
        String key = map.version() + "/" + (region == null ? "all" : region.value());
        Body body = bodies.get(key);
        if (body == null) {
            if (bodies.size() > MAX_KEPT) {
                bodies.clear();
            }
            byte[] bytes = UniverseJson.map(map).toString().getBytes(StandardCharsets.UTF_8);
            body = new Body(bytes, ContentCoding.gzip(bytes), "\"" + sha256(bytes) + "\"");
            bodies.put(key, body);
        }
        return body;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The JSON, and the same gzipped once (a megabyte becomes about a sixth of it on the wire). */
    public record Body(byte[] bytes, byte[] gzipped, String etag) {}
}
