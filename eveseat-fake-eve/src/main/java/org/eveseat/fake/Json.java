package org.eveseat.fake;

import org.eveseat.adapter.esi.table.JsonText;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON as ESI writes it. {@link #tree} turns records into maps with snake_case keys (null components
 * left out, instants as {@code 2016-10-24T09:00:00Z}); {@link #write} and {@link #parse} convert between
 * trees and text, keeping integers ({@link Long}) apart from decimals ({@link BigDecimal}).
 */
public final class Json {

    private Json() {
    }

    /** JSON text that goes out as it is. */
    public record Raw(String text) {
    }

    /** A value already in JSON tree form (a large list written element by element), which {@link #tree} keeps. */
    public interface Prepared {
    }

    /** The JSON tree of a value: records become maps, collections lists, instants and dates strings. */
    public static Object tree(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Number
                || value instanceof Raw || value instanceof Prepared) {
            return value;
        }
        if (value instanceof Instant instant) {
            return instant.truncatedTo(ChronoUnit.SECONDS).toString();
        }
        if (value instanceof LocalDate || value instanceof Enum<?>) {
            return value.toString();
        }
        if (value instanceof Record record) {
            return object(record);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> tree = new LinkedHashMap<>();
            map.forEach((key, item) -> tree.put(String.valueOf(key), tree(item)));
            return tree;
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(Json::tree).toList();
        }
        throw new IllegalArgumentException("no JSON form for " + value.getClass());
    }

    /** A record as a JSON object; the caller may drop or rename keys for the view a route answers. */
    public static Map<String, Object> object(Record record) {
        Map<String, Object> tree = new LinkedHashMap<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Object item;
            try {
                item = component.getAccessor().invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(e);
            }
            if (item != null) {
                tree.put(snakeCase(component.getName()), tree(item));
            }
        }
        return tree;
    }

    /** A record as a JSON object without the given keys. */
    public static Map<String, Object> without(Record record, String... keys) {
        Map<String, Object> tree = object(record);
        for (String key : keys) {
            tree.remove(key);
        }
        return tree;
    }

    /**
     * The record that a JSON tree describes, the reverse of {@link #tree}: snake_case keys to components,
     * missing keys to null, lists of records by their declared element type.
     */
    public static <T> T toRecord(Object tree, Class<T> type) {
        if (!(tree instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("not a JSON object for " + type.getSimpleName() + ": " + tree);
        }
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = convert(map.get(snakeCase(components[i].getName())), types[i], components[i].getGenericType());
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make " + type.getSimpleName(), e);
        }
    }

    private static Object convert(Object value, Class<?> type, Type genericType) {
        if (value == null) {
            return type.isPrimitive() ? convert(0L, type, type) : null;
        }
        if (type == long.class || type == Long.class) {
            return ((Number) value).longValue();
        }
        if (type == int.class || type == Integer.class) {
            return ((Number) value).intValue();
        }
        if (type == double.class || type == Double.class) {
            return ((Number) value).doubleValue();
        }
        if (type == boolean.class) {
            return Boolean.TRUE.equals(value);
        }
        if (type == Instant.class) {
            return Instant.parse((String) value);
        }
        if (type == LocalDate.class) {
            return LocalDate.parse((String) value);
        }
        if (type.isRecord()) {
            return toRecord(value, type.asSubclass(Record.class));
        }
        if (type == List.class && genericType instanceof ParameterizedType list) {
            Type element = list.getActualTypeArguments()[0];
            Class<?> elementType = element instanceof Class<?> c ? c : Object.class;
            return ((List<?>) value).stream().map(item -> convert(item, elementType, elementType)).toList();
        }
        return value;
    }

    /** A record as a JSON object with only the given keys (those that are not null), in that order. */
    public static Map<String, Object> only(Record record, String... keys) {
        Map<String, Object> all = object(record);
        Map<String, Object> tree = new LinkedHashMap<>();
        for (String key : keys) {
            if (all.containsKey(key)) {
                tree.put(key, all.get(key));
            }
        }
        return tree;
    }

    static String snakeCase(String camelCase) {
        StringBuilder snake = new StringBuilder();
        for (char c : camelCase.toCharArray()) {
            if (Character.isUpperCase(c)) {
                snake.append('_').append(Character.toLowerCase(c));
            } else {
                snake.append(c);
            }
        }
        return snake.toString();
    }

    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(tree(value), out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            quote(text, out);
        } else if (value instanceof Raw raw) {
            out.append(raw.text());
        } else if (value instanceof Double || value instanceof Float) {
            out.append(BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros().toPlainString());
        } else if (value instanceof BigDecimal decimal) {
            out.append(decimal.toPlainString());
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            String separator = "";
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(separator);
                quote(String.valueOf(entry.getKey()), out);
                out.append(':');
                write(entry.getValue(), out);
                separator = ",";
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ",");
                write(list.get(i), out);
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("not a JSON tree: " + value.getClass());
        }
    }

    private static void quote(String text, StringBuilder out) {
        out.append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** Parses any JSON value; objects keep their key order. */
    public static Object parse(String text) {
        return JsonText.parse(text);
    }
}
