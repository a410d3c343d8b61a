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

    /** Trusted: only valid numbers are ever written, and a birth date then is not re-judged "in the future". */
    @Override
    public IdentityNumber convertToEntityAttribute(String value) {
        return value == null ? null : IdentityNumber.of(value, java.time.LocalDate.of(2999, 1, 1));
    }
}
