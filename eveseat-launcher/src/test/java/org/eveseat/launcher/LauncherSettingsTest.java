package org.eveseat.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class LauncherSettingsTest {
    @Test
    void theServersJvmOptionsAreSplitOnWhitespace() {
        LauncherSettings settings = LauncherSettings.fromEnvironment(
                Map.of("EVESEAT_JVM_OPTIONS", "  -Xmx2g\t-XX:TieredStopAtLevel=1 "));

        assertThat(settings.jvmOptions()).containsExactly("-Xmx2g", "-XX:TieredStopAtLevel=1");
    }

    @Test
    void withoutTheVariableTheDefaultsApplyAndNoJvmOptionIsAdded() {
        LauncherSettings settings = LauncherSettings.fromEnvironment(Map.of());

        assertThat(settings.jvmOptions()).isEmpty();
        assertThat(settings.httpPort()).isEqualTo(8080);
        assertThat(settings.cluster()).isFalse();
    }
}
