package org.eveseat.launcher;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The launcher's own settings, from the same {@code EVESEAT_*} environment variables the server reads. */
record LauncherSettings(int httpPort, Path dataDir, Optional<String> dbUrl, String dbUser, String dbPassword,
                        int embeddedDbPort, boolean cluster, List<String> jvmOptions) {

    static LauncherSettings fromEnvironment(Map<String, String> env) {
        return new LauncherSettings(
                Integer.parseInt(env.getOrDefault("EVESEAT_HTTP_PORT", "8080")),
                Path.of(env.getOrDefault("EVESEAT_DATA_DIR", "data")).toAbsolutePath().normalize(),
                Optional.ofNullable(env.get("EVESEAT_DB_URL")).filter(url -> !url.isBlank()),
                env.getOrDefault("EVESEAT_DB_USER", "eveseat"),
                env.getOrDefault("EVESEAT_DB_PASSWORD", "eveseat"),
                Integer.parseInt(env.getOrDefault("EVESEAT_EMBEDDED_DB_PORT", "55432")),
                Boolean.parseBoolean(env.getOrDefault("EVESEAT_CLUSTER", "false")),
                Arrays.stream(env.getOrDefault("EVESEAT_JVM_OPTIONS", "").split("\\s+"))
                        .filter(option -> !option.isEmpty()).toList());
    }
}
