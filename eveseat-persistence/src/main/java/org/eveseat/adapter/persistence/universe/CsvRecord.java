package org.eveseat.adapter.persistence.universe;

import java.util.List;
import java.util.Map;

/** One record of a {@link CsvTable}, read by column name; numbers are checked as they are read. */
record CsvRecord(String table, Map<String, Integer> columns, List<String> fields) {
    /** The field's text, or null when empty, {@code \N} or beyond the end of a short record. */
    String text(String column) {
        int index = columns.get(column);
        if (index >= fields.size()) {
            return null;
        }
        String value = fields.get(index);
        return value.isEmpty() || value.equals("\\N") ? null : value;
    }

    String requiredText(String column) {
        String value = text(column);
        if (value == null) {
            throw new StaticDataFormatException(table + ": " + column + " is empty in " + fields);
        }
        return value;
    }

    Long whole(String column) {
        String value = text(column);
        try {
            return value == null ? null : Long.valueOf(value.endsWith(".0") ? value.substring(0, value.length() - 2)
                    : value);
        } catch (NumberFormatException e) {
            throw new StaticDataFormatException(table + ": " + column + " is not a whole number: " + value);
        }
    }

    long requiredWhole(String column) {
        Long value = whole(column);
        if (value == null) {
            throw new StaticDataFormatException(table + ": " + column + " is empty in " + fields);
        }
        return value;
    }

    Double decimal(String column) {
        String value = text(column);
        try {
            return value == null ? null : Double.valueOf(value);
        } catch (NumberFormatException e) {
            throw new StaticDataFormatException(table + ": " + column + " is not a number: " + value);
        }
    }

    double requiredDecimal(String column) {
        Double value = decimal(column);
        if (value == null || !Double.isFinite(value)) {
            throw new StaticDataFormatException(table + ": " + column + " is empty in " + fields);
        }
        return value;
    }

    /** A 0/1 (or true/false) flag; empty counts as false. */
    boolean flag(String column) {
        String value = text(column);
        return "1".equals(value) || "true".equalsIgnoreCase(value) || "True".equals(value);
    }
}
