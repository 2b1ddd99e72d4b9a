package org.eveseat.fake.ledger;

/** What characters, corporations and alliances have alike: a name, contacts and contact labels. */
public abstract class ContactOwner<S extends ContactOwner<S>> {

    private final String defaultName;
    private volatile String name;
    private final RecordList<Contact> contacts;
    private final RecordList<ContactLabel> contactLabels;

    ContactOwner(long id, String name, int sampleContacts, String labelPrefix) {
        this.defaultName = name;
        this.name = name;
        this.contacts = new RecordList<>(() -> Contact.samples(id, sampleContacts), Contact::newer);
        this.contactLabels = new RecordList<>(() -> ContactLabel.samples(labelPrefix), null);
    }

    public String name() {
        return name;
    }

    @SuppressWarnings("unchecked")
    public S name(String newName) {
        this.name = newName;
        return (S) this;
    }

    /** Takes a name (for example the one in an SSO token) unless a test has given one. */
    public S nameIfUnset(String newName) {
        return defaultName.equals(name) && newName != null ? name(newName) : name(name);
    }

    public RecordList<Contact> contacts() {
        return contacts;
    }

    public RecordList<ContactLabel> contactLabels() {
        return contactLabels;
    }
}
