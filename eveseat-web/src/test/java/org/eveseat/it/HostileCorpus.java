package org.eveseat.it;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Values an attacker or a careless client sends, for a slot of a request: text (percent-encoded in a URL, a JSON
 * string in a body), pre-encoded URL garbage, raw JSON for a body field, and whole bodies. Each has a short label
 * for failure messages, since some are megabytes long.
 */
final class HostileCorpus {
    enum Kind { TEXT, URL_ENCODED, JSON }

    record Value(String label, String text, Kind kind) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** A whole request body, its bytes and Content-Type. */
    record Body(String label, String contentType, byte[] bytes) {
        @Override
        public String toString() {
            return label + " as " + contentType;
        }
    }

    private HostileCorpus() {
    }

    /** Sent in every slot whatever the sampling: the classic crashers. */
    static final List<Value> CORE = List.of(text("NUL", "\u0000x"), text("-1", "-1"), text("0", "0"),
            text("huge exponent", "1e1000000000"), text("1,100 digits", "9".repeat(1100)),
            text("year 1000000000", "+1000000000-01-01T00:00:00Z"), text("duration overflow", "P99999999999D"),
            text("overlong 20,000", "A".repeat(20_000)), url("bad UTF-8 %C3%28", "%C3%28"),
            json("deep array 1,000", "[".repeat(1000) + "]".repeat(1000)));

    /** The rest, sampled per slot in a rotating window so every value meets many slots. */
    static final List<Value> MORE = List.of(text("NUL alone", "\u0000"), text("controls", "\u0001\u001f\u007f"),
            text("overlong 2,000", "B".repeat(2000)), text("long min", "-9223372036854775808"),
            text("long overflow", "9223372036854775808"), text("NaN", "NaN"), text("fraction", "1.5"),
            text("hex", "0x1F"), text("Arabic-Indic digits", "\u0661\u0662\u0663"),
            text("year -999999999", "-999999999-01-01T00:00:00Z"), text("30 February", "2026-02-30"),
            text("hour 25", "2026-05-01T25:00:00Z"), text("negative duration", "PT-1S"), text("years duration", "P1Y"),
            text("SQL quote", "' OR '1'='1' --"), text("SQL statement", "1; DROP TABLE account; --"),
            text("script tag", "<script>alert(1)</script>"), text("attribute break", "\"><img src=x onerror=alert(1)>"),
            text("empty", ""), text("blank", " "), text("CRLF", "\r\nX-Injected: 1"),
            text("JNDI lookup", "${jndi:ldap://127.0.0.1/x}"), text("traversal", "../../../etc/passwd"),
            text("format string", "%s%s%n"), text("right-to-left override", "\u202Eevil"),
            text("emoji", "\uD83D\uDE00"),
            text("U+FFFF", "\uFFFF"), text("true", "true"), text("null", "null"), text("brackets", "[]{}"),
            url("lone %", "%"), url("bad escape %zz", "%zz"), url("bytes FF FE", "%FF%FE"), url("%00", "%00"),
            url("overlong UTF-8 NUL", "%C0%80"), url("UTF-8 surrogate", "%ED%A0%80"),
            url("encoded traversal", "%2e%2e%2f%2e%2e"), url("encoded slash", "a%2Fb"),
            json("number huge exponent", "1e1000000000"), json("number 1,100 digits", "9".repeat(1100)),
            json("number below long", "-9223372036854775809"), json("number beyond double", "1.8E309"),
            json("negative", "-1"), json("zero", "0"), json("fraction", "0.5"), json("object", "{}"),
            json("array", "[]"), json("null", "null"), json("boolean", "true"), json("escaped NUL", "\"\\u0000\""),
            json("escaped lone surrogate", "\"\\ud800x\""),
            json("string over 1 MiB", "\"" + "C".repeat(1_100_000) + "\""),
            json("deep object 1,000", "{\"a\":".repeat(1000) + "1" + "}".repeat(1000)));

    /** Whole bodies for every operation that reads one. */
    static List<Body> bodies(String example) {
        List<Body> bodies = new ArrayList<>();
        for (String[] body : new String[][] {{"empty", ""}, {"not JSON", "not json"}, {"cut short", "{\"a\":"},
                {"trailing garbage", example + " garbage"}, {"two documents", example + example},
                {"top-level array", "[" + example + "]"}, {"top-level string", "\"x\""}, {"null", "null"},
                {"deep 10,000", "[".repeat(10_000) + "]".repeat(10_000)}, {"unclosed 100,000", "[".repeat(100_000)},
                {"2 MiB", "{\"pad\":\"" + "D".repeat(2 << 20) + "\"}"}, {"raw NUL", "{\"a\":\"\u0000\"}"},
                {"duplicate keys", example.replaceFirst("\\{", "{\"x\":1,\"x\":2,")}}) {
            bodies.add(new Body(body[0], "application/json", body[1].getBytes(StandardCharsets.UTF_8)));
        }
        byte[] badUtf8 = example.replaceFirst(":", ":\"\u0001\",\"b\":").getBytes(StandardCharsets.UTF_8);
        badUtf8[indexOf(badUtf8, (byte) 1)] = (byte) 0xC3;
        bodies.add(new Body("bad UTF-8", "application/json", badUtf8));
        byte[] valid = example.getBytes(StandardCharsets.UTF_8);
        bodies.add(new Body("example", "garbage", valid));
        bodies.add(new Body("example", "application/xml", valid));
        bodies.add(new Body("example", "application/json; charset=EBCDIC", valid));
        return bodies;
    }

    private static int indexOf(byte[] bytes, byte wanted) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        throw new IllegalArgumentException("no marker byte");
    }

    private static Value text(String label, String text) {
        return new Value(label, text, Kind.TEXT);
    }

    private static Value url(String label, String encoded) {
        return new Value(label, encoded, Kind.URL_ENCODED);
    }

    private static Value json(String label, String json) {
        return new Value(label, json, Kind.JSON);
    }
}
