package org.eveseat.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Requests written byte for byte on a socket, for what an HTTP client library refuses to send (bytes that are not
 * a URI, headers beyond any sane size): the answer's status line, headers and body as one text.
 */
final class RawHttp {
    private RawHttp() {
    }

    /** Sends {@code GET target} with the extra header lines given (each ending in CRLF) and reads the answer. */
    static Answer get(URI base, String target, String extraHeaders) {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            String request = "GET " + target + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\n" + extraHeaders + "Connection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new Answer(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Answer(String text) {
        int status() {
            return Integer.parseInt(text.substring(9, 12));
        }

        String head() {
            int end = text.indexOf("\r\n\r\n");
            return end < 0 ? text : text.substring(0, end);
        }

        String body() {
            int end = text.indexOf("\r\n\r\n");
            return end < 0 ? "" : text.substring(end + 4);
        }
    }
}
