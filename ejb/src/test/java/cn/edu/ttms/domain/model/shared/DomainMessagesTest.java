package cn.edu.ttms.domain.model.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The texts users read for domain refusals: numbers written plainly, whatever was sent. */
class DomainMessagesTest {

    @Test
    void aFigureIsWrittenPlainly() {
        assertEquals(
                "Hours must be a number of at least 0 with at most one decimal place, not 12.25",
                DomainMessages.of(new InvalidHours(new BigDecimal("12.25")), Locale.ENGLISH));
        assertEquals("100", DomainMessages.plain(new BigDecimal("1E+2")));
    }

    /**
     * Found by fuzzing (docs/fuzzing.md): refusing 1E-2147483647 hours failed while writing the refusal
     * (NegativeArraySizeException in toPlainString), and 1E+999999 made a message of a million digits.
     */
    @Test
    void anAbsurdFigureKeepsItsExponent() {
        assertEquals(
                "学时须为不小于 0 的数，最多保留一位小数，1E-2147483647 不符合要求",
                DomainMessages.of(new InvalidHours(new BigDecimal("1E-2147483647")), Locale.SIMPLIFIED_CHINESE));
        assertEquals(
                "Hours must be a number of at least 0 with at most one decimal place, not 1E+999999",
                DomainMessages.format("error.hours.invalid", List.of(new BigDecimal("1E+999999")), Locale.ENGLISH));
    }
}
