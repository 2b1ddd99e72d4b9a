package org.eveseat.adapter.web.faces.admin;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eveseat.adapter.esi.common.EsiAnswers;
import org.eveseat.adapter.esi.common.EsiBudget;
import org.eveseat.adapter.esi.common.RateLimitGroup;

/** admin/budget.xhtml: this node's ESI error limit, rate-limit groups and how often the cache saved a download. */
@Named
@RequestScoped
public class BudgetBacking {
    @Inject
    EsiBudget budget;

    public EsiAnswers getAnswers() {
        return budget.answers();
    }

    /** Null until ESI has sent its error-limit headers. */
    public Integer getErrorsRemaining() {
        return budget.errorsRemaining() == Integer.MAX_VALUE ? null : budget.errorsRemaining();
    }

    public Instant getErrorWindowResets() {
        return budget.errorWindowResets();
    }

    /** Null when calls are not paused. */
    public Instant getPausedUntil() {
        return budget.pausedUntil().isAfter(Instant.now()) ? budget.pausedUntil() : null;
    }

    public List<GroupUsage> getGroups() {
        return budget.tokensUsedByGroup().entrySet().stream()
                .map(e -> new GroupUsage(e.getKey(), e.getValue(),
                        budget.limitOf(e.getKey()).map(BudgetBacking::limit).orElse(null)))
                .toList();
    }

    static String limit(RateLimitGroup group) {
        long minutes = group.window().toMinutes();
        String window = minutes % 60 == 0 ? minutes / 60 + " h" : minutes + " min";
        return group.maxTokens() + " per " + window;
    }
}
