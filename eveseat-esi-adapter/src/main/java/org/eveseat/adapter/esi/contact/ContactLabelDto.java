package org.eveseat.adapter.esi.contact;

/** One entry of a {@code .../contacts/labels} answer. */
public record ContactLabelDto(long labelId, String labelName) {
}
