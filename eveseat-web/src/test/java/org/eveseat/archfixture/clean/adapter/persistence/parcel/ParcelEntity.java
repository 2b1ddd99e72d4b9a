package org.eveseat.archfixture.clean.adapter.persistence.parcel;

import jakarta.persistence.Entity;

/** JPA belongs here. */
@Entity
public class ParcelEntity {
    long id;
    java.time.Instant stored;
}
