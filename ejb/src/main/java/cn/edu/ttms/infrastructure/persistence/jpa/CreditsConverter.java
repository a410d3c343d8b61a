package cn.edu.ttms.infrastructure.persistence.jpa;

import cn.edu.ttms.domain.model.shared.Credits;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.math.BigDecimal;

/**
 * Stores {@link Credits} as the exact decimal they hold (DECIMAL columns of scale 2 or 6). Read as stored,
 * never refused: a figure changed past the application must not stop its row from loading
 * (see {@link Credits#stored}).
 */
@Converter(autoApply = true)
public class CreditsConverter implements AttributeConverter<Credits, BigDecimal> {

    @Override
    public BigDecimal convertToDatabaseColumn(Credits value) {
        return value == null ? null : value.value();
    }

    @Override
    public Credits convertToEntityAttribute(BigDecimal value) {
        return value == null ? null : Credits.stored(value);
    }
}
