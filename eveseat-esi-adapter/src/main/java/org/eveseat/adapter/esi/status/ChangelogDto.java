package org.eveseat.adapter.esi.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** ESI's changelog: the changes of each compatibility date, keyed by that date. */
public record ChangelogDto(Map<String, List<ChangeDto>> changelog) {
    public record ChangeDto(LocalDate compatibilityDate, String method, String path, String type,
                            String description) {
    }
}
