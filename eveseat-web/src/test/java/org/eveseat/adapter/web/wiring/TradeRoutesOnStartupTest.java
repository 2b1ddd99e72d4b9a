package org.eveseat.adapter.web.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.concurrent.ManagedExecutorService;

import org.junit.jupiter.api.Test;

import org.eveseat.domain.market.model.TradeRouteSearch;
import org.eveseat.domain.shared.UpstreamUnavailableException;

/** The node's first search over every hub runs in the background at start, and its failure only is logged. */
class TradeRoutesOnStartupTest {
    private final List<TradeRouteSearch> searched = new ArrayList<>();
    private final TradeRoutesOnStartup startup = new TradeRoutesOnStartup();

    TradeRoutesOnStartupTest() {
        startup.executor = mock(ManagedExecutorService.class);
        doAnswer(call -> {
            call.<Runnable>getArgument(0).run();
            return null;
        }).when(startup.executor).execute(any());
    }

    @Test
    void searchesEveryHubOnTheManagedExecutor() {
        startup.routes = search -> {
            searched.add(search);
            return List.of();
        };

        startup.start();

        assertThat(searched).containsExactly(TradeRouteSearch.between(null, null));
    }

    @Test
    void aFailedSearchDoesNotStopTheStart() {
        startup.routes = search -> {
            throw new UpstreamUnavailableException("the database is not there yet");
        };

        assertThatCode(startup::start).doesNotThrowAnyException();
    }
}
