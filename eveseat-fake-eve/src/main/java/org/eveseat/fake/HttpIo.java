package org.eveseat.fake;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small request/response helpers for the JDK HttpServer. */
final class HttpIo {

    static final String JSON = "application/json";

    private HttpIo() {
    }

    static Map<String, String> query(HttpExchange exchange) {
        return parseForm(exchange.getRequestURI().getRawQuery());
    }

    /** Every value of every query parameter, in the order sent. */
    static Map<String, List<String>> queryValues(HttpExchange exchange) {
        return parseAll(exchange.getRequestURI().getRawQuery());
    }

    static Map<String, String> form(HttpExchange exchange) throws IOException {
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        if (contentType == null || !contentType.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
            throw HttpError.oauth(400, "invalid_request", "Content-Type must be application/x-www-form-urlencoded");
        }
        return parseForm(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    }

    /** Parses {@code a=1&b=2}; the first value of a repeated name wins. */
    static Map<String, String> parseForm(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        parseAll(raw).forEach((name, all) -> values.put(name, all.get(0)));
        return values;
    }

    /** Parses {@code a=1&b=2&a=3} keeping every value. */
    static Map<String, List<String>> parseAll(String raw) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            values.computeIfAbsent(name, n -> new ArrayList<>()).add(eq < 0 ? "" : decode(pair.substring(eq + 1)));
        }
        return values;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    static void requireMethod(HttpExchange exchange, String method) {
        if (!method.equalsIgnoreCase(exchange.getRequestMethod())) {
            throw HttpError.esi(405, "method not allowed").withHeader("Allow", method);
        }
    }

    static void sendJson(HttpExchange exchange, int status, Map<String, ?> json) throws IOException {
        send(exchange, status, JSON, JSONObjectUtils.toJSONString(json));
    }

    static void sendError(HttpExchange exchange, HttpError error) throws IOException {
        error.headers().forEach(exchange.getResponseHeaders()::set);
        sendJson(exchange, error.status(), error.body());
    }

    static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Answers without a body (for example a 302 or a 304). */
    static void sendEmpty(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
    }

    /**
     * Announces the full Content-Length but writes only half of the body: what a client sees when a
     * transfer breaks off. The stream must stay open: closing the exchange with bytes missing is what
     * makes the JDK server drop the connection.
     */
    static void sendTruncated(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        OutputStream out = exchange.getResponseBody();
        out.write(bytes, 0, bytes.length / 2);
        out.flush();
    }
}
