package org.eveseat.domain.wallet.model;

/** The buckets of income and expense over time, in UTC; a week starts on Monday (ISO). */
public enum Period { DAY, WEEK, MONTH }
