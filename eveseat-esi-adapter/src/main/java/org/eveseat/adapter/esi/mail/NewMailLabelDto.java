package org.eveseat.adapter.esi.mail;

/** The body of {@code POST /characters/{character_id}/mail/labels}. */
public record NewMailLabelDto(String name, String color) {
}
