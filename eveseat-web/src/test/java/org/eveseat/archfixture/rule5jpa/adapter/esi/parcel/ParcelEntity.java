package org.eveseat.archfixture.rule5jpa.adapter.esi.parcel;

import jakarta.persistence.Entity;

/** Breaks rule 5: a JPA entity in the ESI adapter. */
@Entity
public class ParcelEntity {
    long id;
}
