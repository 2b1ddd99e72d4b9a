package org.eveseat.domain.universe.service;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;

import org.eveseat.domain.shared.Require;
import org.eveseat.domain.universe.port.out.UniverseEsi;

/** How names ESI must supply are looked up: where, on which threads, and how long an answer waits for them. */
public record NameLookupSettings(UniverseEsi esi, Executor background, Duration answerWait, Clock clock) {
    public NameLookupSettings {
        Require.present(esi, "ESI");
        Require.present(background, "executor");
        Require.present(clock, "clock");
        if (answerWait == null || answerWait.isNegative()) {
            throw new IllegalArgumentException("the wait for names must be zero or more");
        }
    }
}
