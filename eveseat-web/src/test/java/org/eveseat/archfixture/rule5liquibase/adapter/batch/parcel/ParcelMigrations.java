package org.eveseat.archfixture.rule5liquibase.adapter.batch.parcel;

import liquibase.Liquibase;

/** Breaks rule 5: a batch job running Liquibase migrations itself. */
public class ParcelMigrations {
    Liquibase liquibase;
}
