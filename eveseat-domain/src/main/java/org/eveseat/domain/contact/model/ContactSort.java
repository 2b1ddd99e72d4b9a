package org.eveseat.domain.contact.model;

/** The orders a contact list can be read in; ties are broken by contact id. */
public enum ContactSort { CONTACT_ID, STANDING_ASCENDING, STANDING_DESCENDING }
