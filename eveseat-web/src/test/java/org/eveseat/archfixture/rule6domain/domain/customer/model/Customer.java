package org.eveseat.archfixture.rule6domain.domain.customer.model;

/** A customer. */
public record Customer(long id, String name) {
}
