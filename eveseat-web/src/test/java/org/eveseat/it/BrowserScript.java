package org.eveseat.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the UI's browser journeys ({@code ui/e2e}, playwright-core on the machine's Chromium) against a server and
 * answers their requests for server-side help: a line {@code AWAIT name} on the script's output runs the handler of
 * that name (e.g. log the fake SSO in as someone else, change the fake ESI and sync), then the script is told
 * {@code name done}. Its output is kept in a log next to the screenshots.
 */
final class BrowserScript {
    private static final long TIMEOUT_MINUTES = 10;

    private final Path uiDir;
    private final Path artifacts;
    private final String script;

    BrowserScript(Path uiDir, Path artifacts) {
        this(uiDir, artifacts, "journeys.mjs");
    }

    /** Runs {@code ui/e2e/<script>} instead of the player's journeys. */
    BrowserScript(Path uiDir, Path artifacts, String script) {
        this.uiDir = uiDir;
        this.artifacts = artifacts;
        this.script = script;
    }

    /** Runs the script to its end; returns its exit code and output lines. */
    Result run(String baseUrl, Map<String, Runnable> handlers) throws IOException, InterruptedException {
        Files.createDirectories(artifacts);
        try (var old = Files.list(artifacts)) { // a former run's screenshots would pass for this one's
            for (Path file : old.filter(f -> f.toString().endsWith(".png")).toList()) {
                Files.delete(file);
            }
        }
        ProcessBuilder builder = new ProcessBuilder("node", uiDir.resolve("e2e").resolve(script).toString())
                .directory(uiDir.toFile()).redirectErrorStream(true);
        builder.environment().put("BASE_URL", baseUrl);
        builder.environment().put("WEBHOOK_PREFIX", IntegrationEnvironment.webhooks().prefix());
        builder.environment().put("SCREENSHOT_DIR", artifacts.toString());
        builder.environment().put("SERVER_SIDE", "answers AWAIT lines");
        Process process = builder.start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8)); Writer in = process.outputWriter(StandardCharsets.UTF_8)) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
                if (line.startsWith("AWAIT ")) {
                    answer(line.substring(6).trim(), handlers, in);
                }
            }
        }
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            lines.add("(killed after " + TIMEOUT_MINUTES + " minutes)");
        }
        Files.write(artifacts.resolve(script.replace(".mjs", ".log")), lines);
        return new Result(process.isAlive() ? -1 : process.exitValue(), lines);
    }

    private static void answer(String name, Map<String, Runnable> handlers, Writer in) {
        Runnable handler = handlers.get(name);
        String reply = name + " done";
        try {
            if (handler == null) {
                reply = name + " unknown";
            } else {
                handler.run();
            }
        } catch (RuntimeException | AssertionError e) {
            reply = name + " failed " + e.toString().replace('\n', ' ');
        }
        try {
            in.write(reply + "\n");
            in.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Result(int exitCode, List<String> output) {
        String text() {
            return String.join("\n", output);
        }
    }
}
