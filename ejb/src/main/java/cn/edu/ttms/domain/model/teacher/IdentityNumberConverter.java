package cn.edu.ttms.domain.model.teacher;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores an identity number as its 18 characters. */
@Converter
public class IdentityNumberConverter implements AttributeConverter<IdentityNumber, String> {

    @Override
    public String convertToDatabaseColumn(IdentityNumber number) {
        return number == null ? null : number.value();
    }

    /**
     * Read as stored, never refused: a number changed past the application must not make every page that
     * lists its teacher fail; it comes back flagged ({@link IdentityNumber#valid()}) instead.
     */
    @Override
    public IdentityNumber convertToEntityAttribute(String value) {
        return value == null ? null : IdentityNumber.stored(value);
    }
}
