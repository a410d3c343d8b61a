package cn.edu.ttms.infrastructure.persistence.jpa;

import cn.edu.ttms.domain.model.shared.Score;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.math.BigDecimal;

/**
 * Stores a {@link Score} as its decimal (a DECIMAL column of scale 1). Read as stored, never refused:
 * a figure changed past the application must not stop its row from loading (see {@link Score#stored}).
 */
@Converter(autoApply = true)
public class ScoreConverter implements AttributeConverter<Score, BigDecimal> {

    @Override
    public BigDecimal convertToDatabaseColumn(Score value) {
        return value == null ? null : value.value();
    }

    @Override
    public Score convertToEntityAttribute(BigDecimal value) {
        return value == null ? null : Score.stored(value);
    }
}
