package cn.edu.ttms.interfaces.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** How the pages write figures (docs/decisions.md, "Numbers and codes"). */
class FiguresTest {

    private final Figures fmt = new Figures();

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void hoursDaysAndScoresLoseTheirTrailingZeroOnly() {
        assertEquals("18", fmt.number(d("18.0")));
        assertEquals("3", fmt.number(d("3.0")));
        assertEquals("22.5", fmt.number(d("22.5")));
        assertEquals("89.5", fmt.number(d("89.50")));
        assertEquals("0", fmt.number(d("0.0")));
        assertEquals("0", fmt.number(d("0.00")));
        assertEquals("360", fmt.number(d("360.0")), "差 360, not 差 360.0");
        assertEquals("360", fmt.number(d("3.6E+2")), "never in exponent form");
    }

    @Test
    void ratesAreWrittenAsThePolicyWritesThem() {
        assertEquals("0.8", fmt.number(d("0.80")));
        assertEquals("1.2", fmt.number(d("1.20")));
        assertEquals("2", fmt.number(d("2.00")));
        assertEquals("0.15", fmt.number(d("0.15")));
    }

    @Test
    void largeFiguresAreGroupedByThousands() {
        assertEquals("1,080", fmt.number(d("1080.0")));
        assertEquals("9,999.9", fmt.number(d("9999.9")));
        assertEquals("7,205", fmt.count(7205));
        assertEquals("40", fmt.count(40L));
        assertEquals("1,234,567", fmt.count(1234567));
    }

    @Test
    void creditsKeepTheirTwoPlacesUnlessWhole() {
        assertEquals("25.92", fmt.credits(d("25.92")));
        assertEquals("21.60", fmt.credits(d("21.6")));
        assertEquals("21.60", fmt.credits(d("21.60")));
        assertEquals("45", fmt.credits(d("45.00")));
        assertEquals("0", fmt.credits(d("0.00")));
        assertEquals("4.3125", fmt.credits(d("4.3125")), "an exact intermediate figure keeps its places");
        assertEquals("1,234.50", fmt.credits(d("1234.5")));
        assertEquals("50.61%", fmt.percent(d("50.61")));
        assertEquals("60%", fmt.percent(d("60.00")));
    }

    @Test
    void moneyIsYuanGroupedWithTwoPlaces() {
        assertEquals("¥20,000.00", fmt.money(d("20000")));
        assertEquals("¥20,000.00", fmt.money(d("20000.00")));
        assertEquals("¥1,234,567.50", fmt.money(d("1234567.5")));
        assertEquals("¥0.00", fmt.money(BigDecimal.ZERO));
        assertEquals("¥999.99", fmt.money(d("999.985")));
    }

    @Test
    void datesAreIsoDaysAndMomentsChinaTimeToTheMinute() {
        assertEquals("2026-03-06", fmt.date(LocalDate.of(2026, 3, 6)));
        assertEquals("2026-03-06 – 2026-03-10", fmt.dates(LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 10)));
        assertEquals("2026-03-06", fmt.dates(LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 6)));
        assertEquals("2026-03-06", fmt.dates(LocalDate.of(2026, 3, 6), null));
        assertEquals("", fmt.dates(null, LocalDate.of(2026, 3, 6)));
        assertEquals("2026-12-05 01:27", fmt.moment(Instant.parse("2026-12-04T17:27:59Z")));
    }

    @Test
    void nothingIsTheEmptyText() {
        assertEquals("", fmt.number(null));
        assertEquals("", fmt.credits(null));
        assertEquals("", fmt.percent(null));
        assertEquals("", fmt.money(null));
        assertEquals("", fmt.count(null));
        assertEquals("", fmt.date(null));
        assertEquals("", fmt.moment(null));
    }
}
