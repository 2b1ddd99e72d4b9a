package org.eveseat.adapter.web.rest;

import static org.eveseat.adapter.json.Jsonp.JSON;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.eveseat.adapter.web.rest.guard.NumberLimits;
import org.eveseat.domain.shared.RuleViolationException;

/**
 * Request bodies read by hand, so that any malformed body (not JSON, wrong types) is a 400 problem naming the
 * field; the domain records then apply their own limits.
 */
public final class JsonBody {
    private JsonBody() {
    }

    public static JsonObject object(String body) {
        try (var reader = JSON.createReader(new StringReader(body == null ? "" : body))) {
            return asObject(reader.readValue(), "request body");
        } catch (JsonException e) {
            throw new RuleViolationException("request body is not valid JSON");
        }
    }

    public static List<JsonValue> array(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new RuleViolationException(name + " must be an array");
        }
        return value.asJsonArray();
    }

    public static String string(JsonObject json, String name, boolean required) {
        JsonValue value = json.get(name);
        if (value instanceof JsonString text) {
            return text.getString();
        }
        if (value != null && value != JsonValue.NULL) {
            throw new RuleViolationException(name + " must be a string");
        }
        if (required) {
            throw new RuleViolationException(name + " is required");
        }
        return null;
    }

    public static Long number(JsonObject json, String name, boolean required) {
        JsonValue value = json.get(name);
        if (value == null && !required) {
            return null;
        }
        return asNumber(value, name);
    }

    /** An id field (a character, a label, a region, a cursor): a whole number above 0; null when absent. */
    public static Long id(JsonObject json, String name, boolean required) {
        JsonValue value = json.get(name);
        return value == null && !required ? null : asId(value, name);
    }

    public static long asId(JsonValue value, String name) {
        long id = asNumber(value, name);
        if (id <= 0) {
            throw new RuleViolationException(name + " must be a positive number, was " + id);
        }
        return id;
    }

    public static long asNumber(JsonValue value, String name) {
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return number.longValueExact();
            } catch (ArithmeticException e) {
                // too large: reported below
            }
        }
        throw new RuleViolationException(name + " must be a whole number");
    }

    public static JsonObject asObject(JsonValue value, String name) {
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new RuleViolationException(name + " must be a JSON object");
        }
        return value.asJsonObject();
    }

    /** A number with up to two decimals, e.g. an ISK amount; null when absent. */
    public static BigDecimal decimal(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number) {
            return NumberLimits.check(number.bigDecimalValue(), name);
        }
        throw new RuleViolationException(name + " must be a number");
    }

    /** A boolean field; absent means false. */
    public static boolean flag(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.FALSE) {
            return false;
        }
        if (value == JsonValue.TRUE) {
            return true;
        }
        throw new RuleViolationException(name + " must be true or false");
    }
}
