package cn.edu.ttms.infrastructure.persistence.jpa;

import cn.edu.ttms.domain.model.shared.Hours;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.math.BigDecimal;

/**
 * Stores {@link Hours} as their decimal (DECIMAL columns of scale 1). Read as stored, never refused:
 * a figure changed past the application must not stop its row from loading (see {@link Hours#stored}).
 */
@Converter(autoApply = true)
public class HoursConverter implements AttributeConverter<Hours, BigDecimal> {

    @Override
    public BigDecimal convertToDatabaseColumn(Hours value) {
        return value == null ? null : value.value();
    }

    @Override
    public Hours convertToEntityAttribute(BigDecimal value) {
        return value == null ? null : Hours.stored(value);
    }
}
