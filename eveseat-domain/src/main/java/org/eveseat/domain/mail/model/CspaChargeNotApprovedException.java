package org.eveseat.domain.mail.model;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eveseat.domain.shared.ConflictException;

/**
 * ESI refused to send because some recipients charge a CSPA fee above the cost the sender approved. The sender
 * can resend with {@code approvedCost} raised to the charge, which ESI names in its answer.
 */
public class CspaChargeNotApprovedException extends ConflictException {
    private static final String ESI_ERROR = "ContactCostNotApproved";
    private static final Pattern TOTAL_COST = Pattern.compile("\"totalCost\"\\s*:\\s*(\\d+)");

    private final transient OptionalLong charge;

    private CspaChargeNotApprovedException(long approvedCost, OptionalLong charge) {
        super(charge.isPresent()
                ? "the recipients charge a CSPA fee of " + charge.getAsLong() + " ISK, more than the approved "
                        + approvedCost + " ISK; send again with approvedCost " + charge.getAsLong()
                : "the recipients charge a CSPA fee above the approved " + approvedCost + " ISK");
        this.charge = charge;
    }

    /** Whether ESI's conflict answer to a send is the CSPA charge (and not, say, its mail spam limit). */
    public static boolean isCspaCharge(ConflictException fromEsi) {
        return fromEsi.getMessage() != null && fromEsi.getMessage().contains(ESI_ERROR);
    }

    public static CspaChargeNotApprovedException from(long approvedCost, ConflictException fromEsi) {
        Matcher cost = TOTAL_COST.matcher(fromEsi.getMessage());
        return new CspaChargeNotApprovedException(approvedCost,
                cost.find() ? OptionalLong.of(Long.parseLong(cost.group(1))) : OptionalLong.empty());
    }

    /** The total CSPA charge ESI asked for, if it said. */
    public OptionalLong charge() {
        return charge;
    }
}
