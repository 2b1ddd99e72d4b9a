package org.eveseat.domain.shared;

/** An EVE character id. Always positive; ESI ids run past the 32-bit range. */
public record CharacterId(long value) {
    public CharacterId {
        if (value <= 0) {
            throw new RuleViolationException("character id must be positive, was " + value);
        }
    }

    public static CharacterId parse(String text) {
        try {
            return new CharacterId(Long.parseLong(text));
        } catch (NumberFormatException e) {
            throw new RuleViolationException("character id must be a number, was '" + text + "'");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
