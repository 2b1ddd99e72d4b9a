package org.eveseat.launcher;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Run in a child JVM by {@link EmbeddedDatabaseTest}: starts the embedded database as the launcher does, stores a
 * row, says so, and waits to be killed.
 */
public final class KilledLauncherDatabase {
    private KilledLauncherDatabase() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]), Integer.parseInt(args[1]), "eveseat",
                "eveseat");
        DatabaseTarget target = database.target();
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + target.host() + ":"
                + target.port() + "/" + target.database(), target.user(), target.password());
             Statement statement = connection.createStatement()) {
            statement.execute("create table survivor (note text)");
            statement.execute("insert into survivor values ('written before the kill')");
        }
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
