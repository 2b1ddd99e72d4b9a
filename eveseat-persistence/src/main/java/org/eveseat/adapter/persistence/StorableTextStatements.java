package org.eveseat.adapter.persistence;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.PreparedStatement;

/**
 * The JDBC side of {@link StorableText}: a prepared statement whose text parameters ({@code setString},
 * {@code setNString}, {@code setObject} with a string) are cleaned before the driver sees them. Every statement the
 * repositories prepare goes through {@link #wrap}, so no repository has to remember it.
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
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
