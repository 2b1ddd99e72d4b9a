package org.eveseat.adapter.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** The JPA side of {@link StorableText}: applied to every String attribute of every entity. */
@Converter(autoApply = true)
public class StorableTextConverter implements AttributeConverter<String, String> {
    @Override
    public String convertToDatabaseColumn(String attribute) {
        return StorableText.clean(attribute);
    }

    @Override
    public String convertToEntityAttribute(String column) {
        return column;
    }
}
