package org.eveseat.domain.market.model;

/** How an order changed between two snapshots: it appeared, its price moved, or it left the book. */
public enum OrderChangeKind { NEW, PRICE, GONE }
