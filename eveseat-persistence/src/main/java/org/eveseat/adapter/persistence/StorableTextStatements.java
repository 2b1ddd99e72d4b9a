package org.eveseat.adapter.persistence;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Arrays;

/**
 * The JDBC side of {@link StorableText}: a prepared statement whose text parameters ({@code setString},
 * {@code setNString}, {@code setObject} with a string) are cleaned before the driver sees them, and so are the
 * string elements of arrays made through its connection ({@code getConnection().createArrayOf}, as the
 * repositories bind {@code text[]} parameters). Every statement the repositories prepare goes through
 * {@link #wrap}, so no repository has to remember it.
 */
public final class StorableTextStatements {
    private StorableTextStatements() {
    }

    public static PreparedStatement wrap(PreparedStatement statement) {
        return (PreparedStatement) Proxy.newProxyInstance(StorableTextStatements.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, new Cleaning(statement));
    }

    private record Cleaning(PreparedStatement target) implements InvocationHandler {
        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (args != null && args.length >= 2 && args[1] instanceof String text
                    && method.getName().startsWith("set")) {
                args[1] = StorableText.clean(text);
            }
            Object result = call(target, method, args);
            return method.getName().equals("getConnection") ? arraysCleaned((Connection) result) : result;
        }
    }

    /** The statement's connection, whose {@code createArrayOf} cleans string elements (text arrays bound with ?). */
    private static Connection arraysCleaned(Connection connection) {
        return (Connection) Proxy.newProxyInstance(StorableTextStatements.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("createArrayOf") && args[1] instanceof Object[] elements) {
                        args[1] = Arrays.stream(elements)
                                .map(e -> e instanceof String text ? StorableText.clean(text) : e).toArray();
                    }
                    return call(connection, method, args);
                });
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
