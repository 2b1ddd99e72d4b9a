package org.eveseat.adapter.batch.publiccontracts;

/** The names callers of the {@code public-contracts} job rely on. */
public final class PublicContractsJob {
    /** Job XML name, for {@code JobOperator.start}. */
    public static final String NAME = "public-contracts";
    /** The job parameter naming the region to walk. */
    public static final String REGION_ID = "regionId";
    /** Exit status of the job (and its first step) when ESI had nothing new for the region. */
    public static final String UP_TO_DATE = "UP_TO_DATE";

    private PublicContractsJob() {
    }
}
