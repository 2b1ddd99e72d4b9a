package org.eveseat.fake;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.util.Map;

/** An answer decided but not yet written, so that the limits can account for its status first. */
record EsiReply(int status, String body, Map<String, String> headers) {

    static EsiReply of(int status, String body) {
        return new EsiReply(status, body, Map.of());
    }

    static EsiReply notModified() {
        return new EsiReply(304, null, Map.of());
    }

    static EsiReply error(HttpError error) {
        return new EsiReply(error.status(), Json.write(error.body()), error.headers());
    }

    void send(HttpExchange exchange, Faults faults) throws IOException {
        headers.forEach(exchange.getResponseHeaders()::set);
        if (body == null) {
            HttpIo.sendEmpty(exchange, status);
        } else if (status == 200 && faults.takeTruncation()) {
            HttpIo.sendTruncated(exchange, status, HttpIo.JSON, body);
        } else {
            HttpIo.send(exchange, status, HttpIo.JSON, body);
        }
    }
}
