package org.eveseat.adapter.persistence;

import javax.sql.DataSource;

import jakarta.annotation.Resource;

/**
 * What every plain-JDBC repository starts from: the container's datasource (injected; CDI needs the no-argument
 * constructor), or one handed in by tests and applications that run without a container, and {@link Sql} over it.
 */
public abstract class JdbcRepository {
    @Resource(lookup = "jdbc/eveseat")
    private DataSource dataSource;

    protected JdbcRepository() {
        // for CDI, which injects the datasource
    }

    protected JdbcRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    protected DataSource dataSource() {
        return dataSource;
    }

    protected Sql sql() {
        return new Sql(dataSource);
    }
}
