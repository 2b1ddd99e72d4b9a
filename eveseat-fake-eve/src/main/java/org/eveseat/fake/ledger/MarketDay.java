package org.eveseat.fake.ledger;

import java.time.LocalDate;

/** One day of a type's market history in a region. */
public record MarketDay(LocalDate date, double average, double highest, double lowest, long orderCount,
                        long volume) {
}
