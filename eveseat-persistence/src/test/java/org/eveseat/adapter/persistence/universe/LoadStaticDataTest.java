package org.eveseat.adapter.persistence.universe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.eveseat.adapter.persistence.testing.TestDatabase;
import org.eveseat.domain.shared.RuleViolationException;

/** The load command's work: an export from a file becomes the current version; a bad location changes nothing. */
class LoadStaticDataTest {
    private final TestDatabase db = TestDatabase.get();

    @Test
    void anExportFileOnDiskBecomesTheCurrentVersion(@TempDir Path dir) throws IOException {
        Path export = dir.resolve("sde.zip");
        Files.write(export, new SdeArchiveEdit().change("mapSolarSystems.csv",
                csv -> csv.replace(",30000142,Jita,", ",30000142,Jita Prime,")).zip().readAllBytes());
        try {
            var report = LoadStaticData.load(db.dataSource(), export.toString());
            assertThat(report.source()).isEqualTo(export.toString());
            assertThat(new PostgresStaticData(db.dataSource()).place(PostgresStaticDataTest.JITA).orElseThrow()
                    .systemName()).isEqualTo("Jita Prime");
        } finally {
            LoadStaticData.load(db.dataSource(), "shipped");
        }
        assertThat(new PostgresStaticData(db.dataSource()).place(PostgresStaticDataTest.JITA).orElseThrow()
                .systemName()).isEqualTo("Jita");
    }

    @Test
    void aLocationThatIsNeitherAFileNorAUrlIsRefused(@TempDir Path dir) {
        assertThatThrownBy(() -> LoadStaticData.load(db.dataSource(), dir.resolve("missing.zip").toString()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("no readable file");
        assertThatThrownBy(() -> LoadStaticData.load(db.dataSource(), dir.toString()))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> LoadStaticData.load(db.dataSource(), "https://exa mple.org/sde.zip"))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("not a valid URL");
    }
}
