package org.eveseat.adapter.web.rest.admin;

import static org.eveseat.adapter.json.Jsonp.JSON;

import jakarta.json.JsonObject;

import org.eveseat.adapter.esi.common.EsiAnswers;
import org.eveseat.adapter.esi.common.EsiBudget;

/** This node's ESI figures: calls, the 304 share, errors, the error budget left and rate tokens used per group. */
final class EsiBudgetJson {
    private EsiBudgetJson() {
    }

    static JsonObject of(EsiBudget budget) {
        EsiAnswers answers = budget.answers();
        var groups = JSON.createObjectBuilder();
        budget.tokensUsedByGroup().forEach(groups::add);
        return JSON.createObjectBuilder()
                .add("calls", answers.calls())
                .add("notModified", answers.notModified())
                .add("notModifiedRatio", answers.notModifiedRatio())
                .add("clientErrors", answers.clientErrors())
                .add("serverErrors", answers.serverErrors())
                .add("errorsRemaining", budget.errorsRemaining() == Integer.MAX_VALUE ? -1 : budget.errorsRemaining())
                .add("pausedUntil", budget.pausedUntil().toString())
                .add("rateTokensUsedByGroup", groups)
                .build();
    }
}
