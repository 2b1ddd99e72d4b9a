package org.eveseat.archfixture.rule6domain.domain.customer.service;

import org.eveseat.archfixture.rule6domain.domain.customer.model.Customer;

/** Finds customers; internal to the customer feature. */
public class CustomerDirectory {
    public Customer find(long id) {
        return new Customer(id, "customer " + id);
    }
}
