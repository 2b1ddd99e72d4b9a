package org.eveseat.adapter.persistence.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * One connection handed out again and again, with {@code close} ignored, as a container pool hands out the
 * connection enlisted in the current transaction. It can hide the driver's own API to exercise generic JDBC paths.
 */
public final class SingleConnection {
    private final Connection connection;
    private final DataSource dataSource;

    public SingleConnection(DataSource source, boolean autoCommit, boolean hideDriverApi) throws SQLException {
        connection = source.getConnection();
        connection.setAutoCommit(autoCommit);
        Connection shared = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "close" -> null;
                    case "isWrapperFor" -> !hideDriverApi && connection.isWrapperFor((Class<?>) args[0]);
                    default -> invoke(method, args);
                });
        dataSource = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getConnection" -> shared;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Connection connection() {
        return connection;
    }

    private Object invoke(java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(connection, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
