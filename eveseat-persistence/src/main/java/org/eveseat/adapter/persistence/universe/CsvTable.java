package org.eveseat.adapter.persistence.universe;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads one table of the static data export: RFC 4180 CSV (quoted fields may hold commas, quotes and line
 * breaks) whose first line names the columns. Columns are found by name, so an export that adds or reorders
 * columns still loads; an empty field or MySQL's {@code \N} is null.
 */
final class CsvTable {
    private final String name;
    private final Reader in;
    private final Map<String, Integer> columns = new HashMap<>();
    private int next;

    CsvTable(String name, Reader in) {
        this.name = name;
        this.in = in;
    }

    /** Hands every record to {@code each}, after checking that the header has the {@code required} columns. */
    void forEach(List<String> required, Consumer<CsvRecord> each) {
        try {
            next = in.read();
            if (next == '\uFEFF') {
                next = in.read();
            }
            List<String> header = record();
            for (int i = 0; i < header.size(); i++) {
                columns.put(header.get(i).strip(), i);
            }
            List<String> missing = required.stream().filter(column -> !columns.containsKey(column)).toList();
            if (header.isEmpty() || !missing.isEmpty()) {
                throw new StaticDataFormatException(name + " lacks the columns " + missing);
            }
            for (List<String> fields = record(); fields != null; fields = record()) {
                each.accept(new CsvRecord(name, columns, fields));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(name + " could not be read", e);
        }
    }

    /** The next record, or null at the end; a blank line is skipped. */
    private List<String> record() throws IOException {
        while (next == '\n' || next == '\r') {
            next = in.read();
        }
        if (next < 0) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        while (true) {
            if (quoted) {
                if (next < 0) {
                    throw new StaticDataFormatException(name + " ends inside a quoted field");
                }
                if (next == '"') {
                    next = in.read();
                    if (next != '"') {
                        quoted = false;
                        continue;
                    }
                }
                field.append((char) next);
            } else if (next == '"') {
                quoted = true;
            } else if (next == ',' || next == '\n' || next == '\r' || next < 0) {
                fields.add(field.toString());
                field.setLength(0);
                if (next != ',') {
                    return fields;
                }
            } else {
                field.append((char) next);
            }
            next = in.read();
        }
    }
}
