package org.eveseat.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A minimal WebSocket client for many sockets at once: blocking handshakes, then one selector thread reads every
 * socket and parses the server's frames in place. A load generator on the server's own cores must spend little of
 * them; a general-purpose client spends more per message than the server does.
 */
final class LeanWebSockets implements AutoCloseable {
    /**
     * Called on the reader thread, once per text message, with its UTF-8 bytes (valid during the call only) and
     * the time they were read.
     */
    interface Listener {
        void onText(int socket, byte[] bytes, int offset, int length, long receivedMicros);
    }

    private final List<Connection> connections;
    private final Listener listener;
    private final Selector selector;
    private final Thread reader;
    private volatile boolean open = true;
    private volatile long reads;

    private LeanWebSockets(List<Connection> connections, Listener listener) throws IOException {
        this.connections = connections;
        this.listener = listener;
        this.selector = Selector.open();
        long now = micros();
        for (Connection connection : connections) {
            connection.channel.configureBlocking(false);
            connection.channel.register(selector, SelectionKey.OP_READ, connection);
            connection.frames(listener, now);
        }
        this.reader = new Thread(this::read, "lean-websockets");
        reader.setDaemon(true);
        reader.start();
    }

    static LeanWebSockets connect(URI base, String cookie, int count, Listener listener) throws Exception {
        ExecutorService handshakes = Executors.newFixedThreadPool(8);
        try {
            List<Future<Connection>> pending = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                pending.add(handshakes.submit(() -> Connection.open(base, cookie, index)));
            }
            List<Connection> connections = new ArrayList<>();
            for (Future<Connection> connection : pending) {
                connections.add(connection.get());
            }
            return new LeanWebSockets(connections, listener);
        } finally {
            handshakes.shutdown();
        }
    }

    /** Sends the text to the sockets numbered {@code from} (inclusive) to {@code to}, masked as a client must. */
    void send(String text, int from, int to) throws IOException {
        for (Connection connection : connections.subList(from, to)) {
            ByteBuffer frame = ByteBuffer.wrap(maskedTextFrame(text.getBytes(StandardCharsets.UTF_8)));
            while (frame.hasRemaining()) {
                connection.channel.write(frame);
            }
        }
    }

    private void read() {
        try {
            while (open) {
                selector.select();
                reads += selector.selectedKeys().size(); // only this thread writes it
                for (SelectionKey key : selector.selectedKeys()) {
                    Connection connection = (Connection) key.attachment();
                    if (!connection.fill()) {
                        key.cancel();
                    }
                    connection.frames(listener, micros()); // when these bytes were read, not when select returned
                }
                selector.selectedKeys().clear();
            }
        } catch (IOException e) {
            if (open) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** How many reads the sockets have made so far: with the messages, how many each read carried. */
    long reads() {
        return reads;
    }

    /** Where the bytes wanted start within bytes[from, to), or -1. */
    static int indexOf(byte[] bytes, int from, int to, byte[] wanted) {
        for (int i = from; i + wanted.length <= to; i++) {
            int matched = 0;
            while (matched < wanted.length && bytes[i + matched] == wanted[matched]) {
                matched++;
            }
            if (matched == wanted.length) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void close() throws IOException {
        open = false;
        selector.wakeup();
        for (Connection connection : connections) {
            connection.channel.close();
        }
        selector.close();
    }

    private static long micros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000 + now.getNano() / 1000;
    }

    private static byte[] maskedTextFrame(byte[] payload) {
        if (payload.length >= 126) {
            throw new IllegalArgumentException("commands are short");
        }
        byte[] frame = new byte[6 + payload.length];
        frame[0] = (byte) 0x81;
        frame[1] = (byte) (0x80 | payload.length);
        byte[] mask = new byte[4];
        ThreadLocalRandom.current().nextBytes(mask);
        System.arraycopy(mask, 0, frame, 2, 4);
        for (int i = 0; i < payload.length; i++) {
            frame[6 + i] = (byte) (payload[i] ^ mask[i % 4]);
        }
        return frame;
    }

    private static final class Connection {
        private static final byte[] END_OF_HEADERS = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        private final int index;
        private final SocketChannel channel;
        private ByteBuffer buffer = ByteBuffer.allocate(4096);

        private Connection(int index, SocketChannel channel) {
            this.index = index;
            this.channel = channel;
        }

        static Connection open(URI base, String cookie, int index) throws IOException {
            SocketChannel channel = SocketChannel.open(new InetSocketAddress(base.getHost(), base.getPort()));
            byte[] key = new byte[16];
            ThreadLocalRandom.current().nextBytes(key);
            String request = "GET " + base.resolve("ws").getRawPath() + " HTTP/1.1\r\nHost: " + base.getHost() + ":"
                    + base.getPort() + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: "
                    + Base64.getEncoder().encodeToString(key) + "\r\nSec-WebSocket-Version: 13\r\nCookie: "
                    + cookie + "\r\n\r\n";
            channel.write(ByteBuffer.wrap(request.getBytes(StandardCharsets.US_ASCII)));
            Connection connection = new Connection(index, channel);
            connection.skipHandshakeResponse();
            return connection;
        }

        /** Reads up to the end of the 101 response; any frames read with it stay in the buffer. */
        private void skipHandshakeResponse() throws IOException {
            int end;
            while ((end = indexOf(buffer.array(), 0, buffer.position(), END_OF_HEADERS)) < 0) {
                if (channel.read(buffer) < 0) {
                    throw new IOException("connection closed during the handshake");
                }
            }
            String status = new String(buffer.array(), 0, 12, StandardCharsets.US_ASCII);
            if (!status.endsWith(" 101")) {
                throw new IOException("handshake refused: " + status);
            }
            buffer.flip().position(end + END_OF_HEADERS.length);
            buffer.compact();
        }

        /** False when the server closed the connection. */
        boolean fill() throws IOException {
            return channel.read(buffer) >= 0;
        }

        /** Hands every complete frame in the buffer to the listener and keeps the rest for the next read. */
        void frames(Listener listener, long receivedMicros) {
            buffer.flip();
            while (buffer.remaining() >= 2) {
                int start = buffer.position();
                int opcode = buffer.get(start) & 0x0F;
                int length = buffer.get(start + 1) & 0x7F;
                int header = 2;
                if (length == 126) {
                    if (buffer.remaining() < 4) {
                        break;
                    }
                    length = buffer.getShort(start + 2) & 0xFFFF;
                    header = 4;
                } else if (length == 127) {
                    if (buffer.remaining() < 10) {
                        break;
                    }
                    length = (int) buffer.getLong(start + 2);
                    header = 10;
                }
                if (buffer.remaining() < header + length) {
                    growTo(header + length);
                    break;
                }
                if (opcode == 1) {
                    listener.onText(index, buffer.array(), start + header, length, receivedMicros);
                }
                buffer.position(start + header + length);
            }
            buffer.compact();
        }

        private void growTo(int frameSize) {
            if (frameSize > buffer.capacity()) {
                ByteBuffer bigger = ByteBuffer.allocate(Math.max(frameSize, buffer.capacity() * 2));
                bigger.put(buffer);
                bigger.flip();
                buffer = bigger;
            }
        }
    }
}
