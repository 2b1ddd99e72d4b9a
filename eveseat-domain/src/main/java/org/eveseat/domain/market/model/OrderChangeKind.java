package org.eveseat.domain.market.model;

/** What happened to an order between two snapshots: it appeared, its price changed, or it left the book. */
public enum OrderChangeKind {
    NEW, PRICE, GONE
}
