package org.eveseat.archfixture.clean.domain.customer.model;

/** A customer. */
public record Customer(long id, String name) {
}
