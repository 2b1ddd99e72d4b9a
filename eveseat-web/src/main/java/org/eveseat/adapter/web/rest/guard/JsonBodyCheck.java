package org.eveseat.adapter.web.rest.guard;

import static org.eveseat.adapter.json.Jsonp.JSON;

import java.io.StringReader;
import java.util.NoSuchElementException;

import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParsingException;

import org.eveseat.domain.shared.RuleViolationException;

/**
 * Reads a JSON request body once, as a stream, before any resource sees it: one document and nothing after it, at
 * most {@link #MAX_DEPTH} levels deep, numbers within {@link NumberLimits}, every key and string
 * {@link AcceptedText}. A stream keeps no stack of its own, so a body nested a million deep costs nothing here.
 */
final class JsonBodyCheck {
    static final int MAX_DEPTH = 32;

    private JsonBodyCheck() {
    }

    static void check(String body) {
        try (JsonParser parser = JSON.createParser(new StringReader(body))) {
            int depth = 0;
            String field = "request body";
            do {
                Event event = parser.next();
                switch (event) {
                    case START_OBJECT, START_ARRAY -> {
                        if (++depth > MAX_DEPTH) {
                            throw new RuleViolationException("request body is nested more than " + MAX_DEPTH
                                    + " levels deep");
                        }
                    }
                    case END_OBJECT, END_ARRAY -> depth--;
                    case KEY_NAME -> {
                        AcceptedText.check(parser.getString(), "a field name");
                        field = "field '" + parser.getString() + "'";
                    }
                    case VALUE_STRING -> AcceptedText.check(parser.getString(), field);
                    case VALUE_NUMBER -> NumberLimits.parse(parser.getString(), field);
                    default -> {
                        // true, false, null
                    }
                }
            } while (depth > 0);
            if (hasMore(parser)) {
                throw new RuleViolationException("request body has more after its JSON document");
            }
        } catch (JsonParsingException e) {
            throw new RuleViolationException("request body is not valid JSON: " + e.getMessage());
        } catch (NoSuchElementException | JsonException e) {
            throw new RuleViolationException("request body is not a complete JSON document");
        }
    }

    /** Parsson answers a token after the document with an exception, other parsers with true. */
    private static boolean hasMore(JsonParser parser) {
        try {
            return parser.hasNext();
        } catch (JsonParsingException e) {
            return true;
        }
    }
}
