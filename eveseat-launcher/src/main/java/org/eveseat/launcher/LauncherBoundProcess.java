package org.eveseat.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Starts the server's JVM so that it cannot outlive this launcher: with {@link LauncherWatchdog} as its Java agent
 * and its standard input a pipe from us (output and errors still go to our terminal), and records its pid in the
 * data directory so that a next launcher finds it if it does survive ({@link LeftoverServer}).
 */
final class LauncherBoundProcess {
    private static final String WATCHDOG_CLASS = LauncherWatchdog.class.getName().replace('.', '/') + ".class";

    private LauncherBoundProcess() {
    }

    /** {@code javaArguments}: everything after the {@code java} executable, e.g. options and {@code -jar x.jar}. */
    static Process start(Path dataDir, List<String> javaArguments) throws IOException {
        return start(dataDir, javaArguments, Map.of());
    }

    /** As {@link #start(Path, List)}, with {@code environment} added to the launcher's own. */
    static Process start(Path dataDir, List<String> javaArguments, Map<String, String> environment)
            throws IOException {
        writeWatchdogJar(watchdogJar(dataDir));
        List<String> command = new ArrayList<>(List.of(javaExecutable(), watchdogOption(dataDir)));
        command.addAll(javaArguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().putAll(environment);
        Process process = builder.start();
        Files.writeString(pidFile(dataDir), Long.toString(process.pid()));
        return process;
    }

    /** Names the agent jar of this data directory: the mark by which a left-over server is recognised as ours. */
    static String watchdogOption(Path dataDir) {
        return "-javaagent:" + watchdogJar(dataDir);
    }

    static Path pidFile(Path dataDir) {
        return dataDir.resolve("runtime").resolve("server.pid");
    }

    private static Path watchdogJar(Path dataDir) {
        return dataDir.resolve("runtime").resolve("eveseat-watchdog.jar");
    }

    /** Written at each start from our own class, so the agent always matches the launcher that runs it. */
    private static void writeWatchdogJar(Path jar) throws IOException {
        Files.createDirectories(jar.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Premain-Class", LauncherWatchdog.class.getName());
        Path written = jar.resolveSibling(jar.getFileName() + ".new");
        try (OutputStream file = Files.newOutputStream(written); JarOutputStream out = new JarOutputStream(file, manifest);
             InputStream watchdog = LauncherWatchdog.class.getClassLoader().getResourceAsStream(WATCHDOG_CLASS)) {
            out.putNextEntry(new JarEntry(WATCHDOG_CLASS));
            watchdog.transferTo(out);
            out.closeEntry();
        }
        Files.move(written, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
