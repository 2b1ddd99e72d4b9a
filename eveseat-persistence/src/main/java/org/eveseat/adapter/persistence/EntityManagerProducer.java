package org.eveseat.adapter.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Lets repositories take the container-managed EntityManager through their constructor, so tests can pass their own. */
@ApplicationScoped
public class EntityManagerProducer {
    @Produces
    @PersistenceContext(unitName = "eveseat")
    private EntityManager entityManager;
}
