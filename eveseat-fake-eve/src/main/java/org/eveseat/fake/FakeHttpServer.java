package org.eveseat.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A JDK HttpServer bound to the loopback interface, shared by the fake SSO and the fake ESI.
 * Handlers may throw {@link HttpError} to answer with a JSON error body.
 */
public abstract class FakeHttpServer implements AutoCloseable {
    static {
        // the JDK server writes headers and body separately; with Nagle's algorithm on, every 200 waits for the
        // client's delayed ACK (~40 ms), which would make the fake, not the client under test, the bottleneck
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final int requestedPort;
    private HttpServer server;
    private ExecutorService executor;

    protected FakeHttpServer(int port) {
        this.requestedPort = port;
    }

    protected abstract void handle(HttpExchange exchange) throws IOException;

    public synchronized FakeHttpServer start() {
        if (server != null) {
            return this;
        }
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), requestedPort), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind 127.0.0.1:" + requestedPort, e);
        }
        // several threads, so that a delayed answer does not hold up other requests
        executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, getClass().getSimpleName());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::dispatch);
        server.start();
        return this;
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            server = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException(getClass().getSimpleName() + " is not started");
        }
        return server.getAddress().getPort();
    }

    /** For example {@code http://127.0.0.1:18081}, without a trailing slash. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    private void dispatch(HttpExchange exchange) {
        try (exchange) {
            try {
                handle(exchange);
            } catch (HttpError e) {
                HttpIo.sendError(exchange, e);
            } catch (RuntimeException e) {
                e.printStackTrace();
                HttpIo.sendError(exchange, HttpError.esi(500, "fake server failure: " + e));
            }
        } catch (IOException e) {
            // the client went away; nothing left to answer
        }
    }
}
