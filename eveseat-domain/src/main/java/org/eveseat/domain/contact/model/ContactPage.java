package org.eveseat.domain.contact.model;

import java.util.List;

import org.eveseat.domain.shared.Require;

/** One page of a contact list and how many contacts match the search in all. */
public record ContactPage(List<Contact> contacts, long total) {
    public ContactPage {
        contacts = Require.list(contacts, "contacts");
        Require.notNegative(total, "total");
    }
}
