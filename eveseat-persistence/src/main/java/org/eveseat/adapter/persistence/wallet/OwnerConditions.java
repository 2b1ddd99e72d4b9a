package org.eveseat.adapter.persistence.wallet;

import org.eveseat.adapter.persistence.Conditions;
import org.eveseat.domain.wallet.model.JournalOwner;

/** The conditions that pick one wallet's rows: owner and division, and for the journal the owner kind too. */
final class OwnerConditions {
    private OwnerConditions() {
    }

    /** The owner's rows; the journal also checks the owner kind, which the division implies elsewhere. */
    static Conditions of(JournalOwner owner, boolean withKind) {
        Conditions conditions = new Conditions().add("owner_id = ?", owner.id()).add("division = ?",
                (short) owner.division());
        return withKind ? conditions.add("owner_kind = ?", owner.kind().name()) : conditions;
    }
}
