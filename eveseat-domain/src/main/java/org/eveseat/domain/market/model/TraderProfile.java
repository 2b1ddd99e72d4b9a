package org.eveseat.domain.market.model;

import java.util.Map;

import org.eveseat.domain.shared.Require;

/**
 * What a character's market fees depend on: its trade skills and its standings with NPC corporations and
 * factions (by their id; absent means 0).
 */
public record TraderProfile(TradeSkills skills, Map<Long, Double> standings) {
    public static final TraderProfile NEUTRAL = new TraderProfile(TradeSkills.UNTRAINED, Map.of());

    public TraderProfile {
        Require.present(skills, "trade skills");
        standings = Map.copyOf(standings);
    }

    public double standingWith(Long id) {
        return id == null ? 0 : standings.getOrDefault(id, 0.0);
    }
}
