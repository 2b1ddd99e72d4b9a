package org.eveseat.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Running the servers' own command-line tools, as an operator would, with every line kept in a log file. */
final class ServerProcesses {
    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(4);

    private ServerProcesses() {
    }

    /** The IT settings as the environment variables an operator sets (eveseat.sso.base-url: EVESEAT_SSO_BASE_URL). */
    static Map<String, String> environment(Map<String, String> settings) {
        return settings.entrySet().stream().collect(Collectors.toMap(
                e -> e.getKey().toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'), Map.Entry::getValue));
    }

    /** Runs a command to its end; fails the test with the log's name if it does not exit 0. */
    static void run(Path log, Map<String, String> environment, String... command) {
        Process process = launch(log, environment, command);
        try {
            if (!process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                stop(process);
                throw new IllegalStateException(String.join(" ", command) + " took over " + COMMAND_TIMEOUT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited " + process.exitValue()
                    + "; see " + log);
        }
    }

    /** Starts a long-running command (a server in the foreground). */
    static Process launch(Path log, Map<String, String> environment, String... command) {
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, "$ " + String.join(" ", command) + "\n", java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(List.of(command)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            builder.environment().putAll(environment);
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(String.join(" ", command) + " did not start", e);
        }
    }

    /** Ends a process and everything it started (a start script's JVM). */
    static void stop(Process process) {
        List<ProcessHandle> tree = Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception stillAlive) {
                handle.destroyForcibly();
            }
        }
    }

    /** Polls until the URL answers 200 with a body containing {@code expected}. */
    static void awaitAnswer(URI url, String expected, Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        Await.until(url + " answering " + expected, timeout, Duration.ofMillis(500), () -> answer(http, url),
                last -> last.startsWith("200 ") && last.contains(expected));
    }

    /** The status and body the URL answers, or why it did not. */
    private static String answer(HttpClient http, URI url) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(url)
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() + " " + response.body();
        } catch (IOException notYet) {
            return notYet.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path property(String name) {
        return Path.of(System.getProperty(name));
    }

    static void log(String line) {
        System.out.println("[ear-it] " + line);
    }

    static String seconds(long startedNanos) {
        return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - startedNanos) / 1e9);
    }
}
