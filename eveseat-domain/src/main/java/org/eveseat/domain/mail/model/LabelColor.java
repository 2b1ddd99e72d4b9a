package org.eveseat.domain.mail.model;

import org.eveseat.domain.shared.EsiEnum;

/** The 18 colours EVE offers for mail labels. UNKNOWN stands for a colour ESI added later. */
public enum LabelColor implements EsiEnum {
    BLUE("#0000fe"), DARK_GREEN("#006634"), SKY_BLUE("#0099ff"), GREEN("#00ff33"), CYAN("#01ffff"),
    LEAF_GREEN("#349800"), PURPLE("#660066"), DARK_GREY("#666666"), GREY("#999999"), PALE_CYAN("#99ffff"),
    DARK_RED("#9a0000"), PALE_GREEN("#ccff9a"), LIGHT_GREY("#e6e6e6"), RED("#fe0000"), ORANGE("#ff6600"),
    YELLOW("#ffff01"), PALE_YELLOW("#ffffcd"), WHITE("#ffffff"), UNKNOWN("");

    private final String hex;

    LabelColor(String hex) {
        this.hex = hex;
    }

    @Override
    public String esiValue() {
        return hex;
    }

    public static LabelColor fromEsi(String value) {
        return EsiEnum.lenient(LabelColor.class, value, UNKNOWN);
    }
}
