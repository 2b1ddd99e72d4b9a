package org.eveseat.adapter.batch.marketbook;

/** The names callers of the {@code market-book} job rely on. */
public final class MarketBookJob {
    /** Job XML name, for {@code JobOperator.start}. */
    public static final String NAME = "market-book";
    /** The job parameter naming the region whose book is read. */
    public static final String REGION_ID = "regionId";
    /** Exit status of the job (and its first step) when ESI's book is the stored one, or still cached. */
    public static final String UP_TO_DATE = "UP_TO_DATE";

    private MarketBookJob() {
    }
}
