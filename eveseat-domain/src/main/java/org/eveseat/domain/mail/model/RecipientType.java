package org.eveseat.domain.mail.model;

import org.eveseat.domain.shared.EsiEnum;

/** Who a mail goes to. UNKNOWN stands for a kind ESI added later; such a recipient cannot be written to. */
public enum RecipientType implements EsiEnum {
    ALLIANCE, CHARACTER, CORPORATION, MAILING_LIST, UNKNOWN;

    public static RecipientType fromEsi(String value) {
        return EsiEnum.lenient(RecipientType.class, value, UNKNOWN);
    }
}
