package org.eveseat.it;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The requests Payara answers before any application code runs, so that no answer of ours can be a problem
 * (docs/STACK.md, "Errors Payara answers before the application"): a path that holds NUL, {@code %00} (the
 * connector's bare {@code 400 Invalid URI}; bytes that are not UTF-8 do reach the API), and a path with an encoded
 * {@code ../} that, decoded and normalized, is no longer under {@code /api} (answered for the path it climbed to).
 * Decided from the request alone, never from the answer.
 */
final class ConnectorRefusal {
    private static final Pattern ESCAPES = Pattern.compile("(%[0-9A-Fa-f]{2})+");
    private static final Pattern JAVA_NAME = Pattern.compile("Exception|\\b(java|javax|jakarta|org|com|fish)\\.[a-z]");

    private ConnectorRefusal() {
    }

    /** Why the container answers this target itself, if it does; {@code target} starts with {@code /api/}. */
    static Optional<String> of(String target) {
        String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
        var escapes = ESCAPES.matcher(path);
        while (escapes.find()) {
            if (escapes.group().matches("(?i)(%..)*%00(%..)*")) {
                return Optional.of("NUL in the path");
            }
        }
        try {
            String normalized = URI.create("http://h" + path.replaceAll("(?i)%2F", "/").replaceAll("(?i)%2E", "."))
                    .normalize().getPath();
            return normalized.startsWith("/api/") ? Optional.empty() : Optional.of("decoded path leaves /api");
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a stray '%': the application sees it and answers
        }
    }

    /** What such an answer must still be: a 4xx that names nothing of the server's insides. */
    static boolean acceptable(int status, String body) {
        return status >= 400 && status < 500 && !JAVA_NAME.matcher(body).find();
    }
}
