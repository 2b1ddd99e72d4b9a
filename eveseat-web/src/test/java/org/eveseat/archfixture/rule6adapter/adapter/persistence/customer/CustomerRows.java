package org.eveseat.archfixture.rule6adapter.adapter.persistence.customer;

/** Reads customer rows; belongs to the customer feature. */
public class CustomerRows {
    public boolean exists(long id) {
        return id > 0;
    }
}
