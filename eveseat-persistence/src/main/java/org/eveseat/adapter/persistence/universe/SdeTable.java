package org.eveseat.adapter.persistence.universe;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A table of one static data version: the export's CSV file it is loaded from, its columns, and the key or
 * index created once it is filled (building them after COPY is faster than keeping them up to date).
 */
record SdeTable(String file, String name, List<SdeColumn> columns, String key, String index) {
    String create(String schema) {
        return "create table " + schema + "." + name + " (" + columns.stream()
                .map(column -> column.name() + " " + column.kind().sqlType + (column.required() ? " not null" : ""))
                .collect(Collectors.joining(", ")) + ")";
    }

    List<String> constraints(String schema) {
        String primary = key == null ? null
                : "alter table " + schema + "." + name + " add primary key (" + key + ")";
        String secondary = index == null ? null
                : "create index on " + schema + "." + name + " (" + index + ")";
        return Stream.of(primary, secondary).filter(Objects::nonNull).toList();
    }

    String copy(String schema) {
        return "copy " + schema + "." + name + " (" + columns.stream().map(SdeColumn::name)
                .collect(Collectors.joining(", ")) + ") from stdin";
    }

    List<String> requiredCsvColumns() {
        return columns.stream().filter(SdeColumn::required).map(SdeColumn::csvColumn).toList();
    }

    String copyLine(CsvRecord record) {
        return columns.stream().map(column -> column.copyValue(record)).collect(Collectors.joining("\t", "", "\n"));
    }
}
