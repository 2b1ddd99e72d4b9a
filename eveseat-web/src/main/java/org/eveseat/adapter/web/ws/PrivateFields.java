package org.eveseat.adapter.web.ws;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Reads the container's objects behind a web socket session, found once per class. Only for the send path, where
 * the container's public API costs more than the write itself; callers fall back to that API when a name is gone.
 */
final class PrivateFields {
    private static final ClassValue<Map<String, Field>> FIELDS = new ClassValue<>() {
        @Override
        protected Map<String, Field> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    private static final ClassValue<Map<String, MethodHandle>> METHODS = new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    private PrivateFields() {
    }

    /** The value of the named field, declared by the object's class or a superclass. */
    static Object read(Object owner, String name) throws ReflectiveOperationException {
        Map<String, Field> fields = FIELDS.get(owner.getClass());
        Field field = fields.get(name);
        if (field == null) {
            field = find(owner.getClass(), name);
            fields.put(name, field);
        }
        return field.get(owner);
    }

    static boolean has(Object owner, String name) {
        try {
            read(owner, name);
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    /** Calls the object's public method that takes no argument: for setting a socket up, not for each message. */
    static Object invoke(Object owner, String name) throws ReflectiveOperationException {
        Method method = owner.getClass().getMethod(name);
        method.setAccessible(true);
        return method.invoke(owner);
    }

    /**
     * A public method of the class (which may itself not be public) as a handle taking the object and the
     * arguments, shared by all objects of the class. A handle bound to each object would be specialised by the JVM
     * for each one once it has been called a hundred times or so: thousands of sockets, thousands of classes to
     * compile. Overloads are told apart by their parameter types, the container's own types by their names.
     */
    static MethodHandle method(Class<?> type, String name, Class<?>... parameters)
            throws ReflectiveOperationException {
        Map<String, MethodHandle> methods = METHODS.get(type);
        String key = name + Arrays.stream(parameters).map(Class::getName).collect(Collectors.joining(",", "(", ")"));
        MethodHandle handle = methods.get(key);
        if (handle == null) {
            Method method = type.getMethod(name, parameters);
            method.setAccessible(true);
            handle = MethodHandles.lookup().unreflect(method).asType(MethodType.genericMethodType(parameters.length + 1));
            methods.put(key, handle);
        }
        return handle;
    }

    /** One of the container's types, as the object's class loader sees it. */
    static Class<?> type(Object seenBy, String name) throws ClassNotFoundException {
        return Class.forName(name, false, seenBy.getClass().getClassLoader());
    }

    /** Calls a handle from {@link #method} of one argument. */
    static Object call(MethodHandle method, Object owner, Object argument) {
        try {
            return (Object) method.invokeExact(owner, argument);
        } catch (Throwable e) {
            throw unchecked(e);
        }
    }

    /** Calls a handle from {@link #method} of two arguments. */
    static Object call(MethodHandle method, Object owner, Object first, Object second) {
        try {
            return (Object) method.invokeExact(owner, first, second);
        } catch (Throwable e) {
            throw unchecked(e);
        }
    }

    private static RuntimeException unchecked(Throwable e) {
        if (e instanceof Error error) {
            throw error;
        }
        return e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
    }

    private static Field find(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> declaring = type; declaring != null; declaring = declaring.getSuperclass()) {
            try {
                Field field = declaring.getDeclaredField(name);
                field.setAccessible(true);
                return field;
            } catch (NoSuchFieldException e) {
                // declared further up, if anywhere
            }
        }
        throw new NoSuchFieldException(type.getName() + "." + name);
    }
}
