package org.eveseat.archfixture.clean.domain.customer.port.in;

import org.eveseat.archfixture.clean.domain.customer.model.Customer;

/** Finds a customer. */
public interface CustomerQuery {
    Customer find(long id);
}
