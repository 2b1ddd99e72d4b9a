package org.eveseat.domain.universe.service;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.universe.model.MapSystem;
import org.eveseat.domain.universe.model.SystemLink;

/**
 * The systems and their links as arrays indexed by position in the sorted system ids: adjacency in compressed
 * rows (one {@code int} per directed link), whether each system is high-sec, and its region's id. The whole
 * universe takes a few hundred kilobytes, and a search touches nothing but these arrays.
 */
final class StarGraph {
    private final long[] systemIds;
    private final long[] regionIds;
    private final boolean[] highSec;
    private final int[] firstLink;
    private final int[] linkTargets;

    StarGraph(List<MapSystem> systems, Collection<SystemLink> links) {
        MapSystem[] sorted = systems.stream().sorted((a, b) -> Long.compare(a.id().value(), b.id().value()))
                .toArray(MapSystem[]::new);
        int count = sorted.length;
        systemIds = new long[count];
        regionIds = new long[count];
        highSec = new boolean[count];
        for (int i = 0; i < count; i++) {
            systemIds[i] = sorted[i].id().value();
            regionIds[i] = sorted[i].regionId().value();
            highSec[i] = sorted[i].highSec();
        }
        int[][] ends = links.stream().map(link -> new int[] {index(link.one()), index(link.other())})
                .filter(pair -> pair[0] >= 0 && pair[1] >= 0).toArray(int[][]::new);
        firstLink = new int[count + 1];
        for (int[] pair : ends) {
            firstLink[pair[0] + 1]++;
            firstLink[pair[1] + 1]++;
        }
        for (int i = 0; i < count; i++) {
            firstLink[i + 1] += firstLink[i];
        }
        linkTargets = new int[firstLink[count]];
        int[] next = Arrays.copyOf(firstLink, count);
        for (int[] pair : ends) {
            linkTargets[next[pair[0]]++] = pair[1];
            linkTargets[next[pair[1]]++] = pair[0];
        }
    }

    int size() {
        return systemIds.length;
    }

    int linkCount() {
        return linkTargets.length;
    }

    /** The system's index, or -1 for an id the graph does not hold. */
    int index(SolarSystemId id) {
        int found = Arrays.binarySearch(systemIds, id.value());
        return found < 0 ? -1 : found;
    }

    SolarSystemId id(int index) {
        return new SolarSystemId(systemIds[index]);
    }

    boolean highSec(int index) {
        return highSec[index];
    }

    boolean inRegion(int index, RegionId region) {
        return regionIds[index] == region.value();
    }

    int firstLink(int index) {
        return firstLink[index];
    }

    int endLink(int index) {
        return firstLink[index + 1];
    }

    int target(int link) {
        return linkTargets[link];
    }
}
