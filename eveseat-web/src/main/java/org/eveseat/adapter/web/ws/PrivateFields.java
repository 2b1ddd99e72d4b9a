package org.eveseat.adapter.web.ws;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

    /**
     * A public method of the class (which may itself not be public) as a handle taking the object and one argument,
     * shared by all objects of the class. A handle bound to each object would be specialised by the JVM for each
     * one once it has been called a hundred times or so: thousands of sockets, thousands of classes to compile.
     */
    static MethodHandle method(Class<?> type, String name, Class<?> parameter) throws ReflectiveOperationException {
        Map<String, MethodHandle> methods = METHODS.get(type);
        String key = name + "(" + parameter.getName() + ")";
        MethodHandle handle = methods.get(key);
        if (handle == null) {
            Method method = type.getMethod(name, parameter);
            method.setAccessible(true);
            handle = MethodHandles.lookup().unreflect(method)
                    .asType(MethodType.methodType(Object.class, Object.class, Object.class));
            methods.put(key, handle);
        }
        return handle;
    }

    /** Calls a handle from {@link #method}. */
    static Object call(MethodHandle method, Object owner, Object argument) {
        try {
            return (Object) method.invokeExact(owner, argument);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
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
