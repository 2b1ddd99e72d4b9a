package org.eveseat.adapter.web.ws;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
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

    /** A public method of the object's class (which may itself not be public), bound to the object. */
    static MethodHandle method(Object owner, String name, Class<?>... parameters)
            throws ReflectiveOperationException {
        Method method = owner.getClass().getMethod(name, parameters);
        method.setAccessible(true);
        return MethodHandles.lookup().unreflect(method).bindTo(owner);
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
