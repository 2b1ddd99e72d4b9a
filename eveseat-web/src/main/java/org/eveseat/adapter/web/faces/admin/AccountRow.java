package org.eveseat.adapter.web.faces.admin;

import java.util.List;
import java.util.stream.Collectors;

/** One account with its characters, main first as linked; {@code admin} is its role now, not at its last login. */
public record AccountRow(long id, boolean admin, List<CharacterRow> characters) {
    public AccountRow {
        characters = List.copyOf(characters);
    }

    public String characterNames() {
        return characters.stream().map(CharacterRow::name).collect(Collectors.joining(", "));
    }

    public long invalidTokens() {
        return characters.stream().filter(c -> !c.tokenValid()).count();
    }
}
