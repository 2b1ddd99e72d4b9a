package org.eveseat.domain.market.model;

/** Where the rates of a calculation came from: the character's skills and standings, the user, or the defaults. */
public enum TaxSource { CHARACTER, TYPED, DEFAULT }
