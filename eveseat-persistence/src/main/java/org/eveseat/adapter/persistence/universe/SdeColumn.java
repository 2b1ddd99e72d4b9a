package org.eveseat.adapter.persistence.universe;

/**
 * A column of a static data table: its name and SQL type in the database, and the export's CSV column it comes
 * from. A required column must be in the export's header and filled; an optional one may be missing from both.
 */
record SdeColumn(String name, Kind kind, String csvColumn, boolean required) {
    enum Kind {
        WHOLE("bigint"), DECIMAL("double precision"), TEXT("text"), FLAG("boolean");

        final String sqlType;

        Kind(String sqlType) {
            this.sqlType = sqlType;
        }
    }

    static SdeColumn required(String name, String csvColumn) {
        return new SdeColumn(name, Kind.WHOLE, csvColumn, true);
    }

    static SdeColumn whole(String name, String csvColumn) {
        return new SdeColumn(name, Kind.WHOLE, csvColumn, false);
    }

    static SdeColumn decimal(String name, String csvColumn) {
        return new SdeColumn(name, Kind.DECIMAL, csvColumn, false);
    }

    static SdeColumn text(String name, String csvColumn) {
        return new SdeColumn(name, Kind.TEXT, csvColumn, false);
    }

    static SdeColumn name(String name, String csvColumn) {
        return new SdeColumn(name, Kind.TEXT, csvColumn, true);
    }

    static SdeColumn flag(String name, String csvColumn) {
        return new SdeColumn(name, Kind.FLAG, csvColumn, false);
    }

    /** The field as COPY's text format spells it: {@code \N} for null, with tabs, line breaks and {@code \} escaped. */
    String copyValue(CsvRecord record) {
        if (!record.columns().containsKey(csvColumn)) {
            return "\\N";
        }
        Object value = switch (kind) {
            case WHOLE -> required ? (Object) record.requiredWhole(csvColumn) : record.whole(csvColumn);
            case DECIMAL -> required ? (Object) record.requiredDecimal(csvColumn) : record.decimal(csvColumn);
            case TEXT -> required ? record.requiredText(csvColumn) : record.text(csvColumn);
            case FLAG -> record.flag(csvColumn);
        };
        return value == null ? "\\N" : escape(value.toString());
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\0' -> out.append('\uFFFD');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
