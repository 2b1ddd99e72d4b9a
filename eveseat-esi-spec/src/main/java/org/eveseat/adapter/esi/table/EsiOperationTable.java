package org.eveseat.adapter.esi.table;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Every operation of the ESI spec kept in the repository ({@code /esi/swagger.json}), derived once from it: the ESI
 * adapter calls operations by their key ({@code GET /markets/{region_id}/history}) and the fake ESI serves them,
 * both with the scope, roles, rate-limit group, cache time and paging the spec gives. So a new operation costs
 * its key, not a hand-written client method, and neither side can drift from the spec.
 */
public final class EsiOperationTable {
    private static volatile EsiOperationTable spec;

    private final Map<String, EsiOperationSpec> operations;

    EsiOperationTable(Map<String, EsiOperationSpec> operations) {
        this.operations = Collections.unmodifiableMap(operations);
    }

    /** The table of the spec in the repository, read on first use. */
    public static EsiOperationTable spec() {
        if (spec == null) {
            synchronized (EsiOperationTable.class) {
                if (spec == null) {
                    spec = new EsiOperationTable(SpecReader.operations(EsiReferenceFiles.read("swagger.json")));
                }
            }
        }
        return spec;
    }

    /** The operation with this key ({@code GET /path}); a key the spec lacks is a programming error. */
    public static EsiOperationSpec operation(String key) {
        EsiOperationSpec operation = spec().operations.get(key);
        if (operation == null) {
            throw new NoSuchElementException("no operation '" + key + "' in the ESI spec swagger.json");
        }
        return operation;
    }

    public Collection<EsiOperationSpec> all() {
        return operations.values();
    }

    /** The rate-limit groups of the spec by name. */
    public Map<String, EsiOperationSpec.RateLimit> rateLimits() {
        Map<String, EsiOperationSpec.RateLimit> groups = new LinkedHashMap<>();
        operations.values().stream().map(EsiOperationSpec::rateLimit).filter(limit -> limit != null)
                .forEach(limit -> groups.putIfAbsent(limit.group(), limit));
        return groups;
    }

    public List<EsiOperationSpec> withScope() {
        return operations.values().stream().filter(op -> op.scope() != null).toList();
    }
}
