package org.eveseat.launcher;

import java.net.URI;

/** Where the server's connection pool points: parsed from a {@code jdbc:postgresql://host:port/db} URL. */
record DatabaseTarget(String host, int port, String database, String user, String password) {
    static DatabaseTarget fromJdbcUrl(String jdbcUrl, String user, String password) {
        if (!jdbcUrl.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("EVESEAT_DB_URL must look like jdbc:postgresql://host:5432/eveseat, was "
                    + jdbcUrl);
        }
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        String database = uri.getPath() == null || uri.getPath().length() <= 1 ? "eveseat" : uri.getPath().substring(1);
        return new DatabaseTarget(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), database, user, password);
    }

    /** The asadmin commands that define the pool and put the batch job repository into the same database. */
    String postBootCommands() {
        String properties = String.join(":", "user=" + escape(user), "password=" + escape(password),
                "serverName=" + escape(host), "portNumber=" + port, "databaseName=" + escape(database));
        return "create-jdbc-connection-pool --datasourceclassname org.postgresql.ds.PGSimpleDataSource"
                + " --restype javax.sql.DataSource --isconnectvalidatereq=true --validationmethod=custom-validation"
                + " --validationclassname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation"
                + " --property " + properties + " eveseat-pool\n"
                + "create-jdbc-resource --connectionpoolid eveseat-pool jdbc/eveseat\n"
                + "set-batch-runtime-configuration --dataSourceLookupName jdbc/eveseat\n";
    }

    /** asadmin property lists separate with ':' and assign with '='; both must be escaped inside values. */
    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=");
    }
}
