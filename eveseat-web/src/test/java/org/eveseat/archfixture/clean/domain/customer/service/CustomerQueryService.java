package org.eveseat.archfixture.clean.domain.customer.service;

import org.eveseat.archfixture.clean.domain.customer.model.Customer;
import org.eveseat.archfixture.clean.domain.customer.port.in.CustomerQuery;

/** Finds customers. */
public class CustomerQueryService implements CustomerQuery {
    @Override
    public Customer find(long id) {
        return new Customer(id, "customer " + id);
    }
}
