package org.eveseat.fake.ledger;

import java.util.List;

/** A contact label of a character, corporation or alliance. */
public record ContactLabel(long labelId, String labelName) {

    static List<ContactLabel> samples(String prefix) {
        return List.of(new ContactLabel(1, prefix + "Friends"), new ContactLabel(2, prefix + "Pirates"));
    }
}
