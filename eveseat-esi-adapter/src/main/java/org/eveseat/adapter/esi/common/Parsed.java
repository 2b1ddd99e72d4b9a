package org.eveseat.adapter.esi.common;

/** An ESI answer with its body parsed (null for a 304 or an empty body). */
record Parsed<T>(EsiAnswer raw, T value) {
}
