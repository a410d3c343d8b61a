package cn.edu.ttms.interfaces.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The one place where the pages turn figures into text ({@code #{fmt.…}}), the same in Chinese and
 * English: thousands grouped with a comma, a full stop for decimals, dates {@code yyyy-MM-dd}. Which
 * quantity gets which form is decided in docs/decisions.md ("Numbers and codes"):
 *
 * <ul>
 *   <li>{@link #number}: hours, days, scores, credit rates and the policy's minimums, as the policy
 *       writes them — without trailing zeros (18, 22.5, 0.8, 360), never "18.0";
 *   <li>{@link #credits}: the credits of results and their sums — a whole number plainly (45), else
 *       with both decimal places the rules round to (21.60, 25.92), more only for an exact
 *       intermediate figure (4.3125);
 *   <li>{@link #money}: yuan with the sign, grouped, two places (¥20,000.00);
 *   <li>{@link #count}: people and places, grouped (7,205); years are never passed here.
 * </ul>
 *
 * Stateless; {@code null} is shown as the empty text, so a page needs no test for it.
 */
@Named("fmt")
@ApplicationScoped
public class Figures {

    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ROOT);

    /** Hours, days, scores, rates, minimums: without trailing zeros, grouped (1,080; 22.5; 0.8). */
    public String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        return grouped(stripped, Math.max(0, stripped.scale()));
    }

    /** Credits: whole credits plainly (45, 360), any other figure with at least two places (21.60). */
    public String credits(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        int scale = stripped.scale() <= 0 ? 0 : Math.max(2, stripped.scale());
        return grouped(stripped, scale);
    }

    /** A percentage figure (60, 50.61) with its sign: as {@link #credits}, "50.61%", "60%". */
    public String percent(BigDecimal value) {
        return value == null ? "" : credits(value) + "%";
    }

    /** Yuan: "¥20,000.00" (the currency of every budget here, whatever the page's language). */
    public String money(BigDecimal value) {
        return value == null ? "" : "¥" + grouped(value.setScale(2, RoundingMode.HALF_UP), 2);
    }

    /** A number of people or places: "7,205". */
    public String count(Number value) {
        return value == null ? "" : grouped(new BigDecimal(value.toString()), 0);
    }

    /** A day: "2026-03-06". */
    public String date(LocalDate day) {
        return day == null ? "" : day.toString();
    }

    /** A period of days: "2026-03-06 – 2026-03-10", one day alone, or "" when it has no start. */
    public String dates(LocalDate from, LocalDate to) {
        if (from == null) {
            return "";
        }
        return to == null || to.equals(from) ? date(from) : date(from) + " – " + date(to);
    }

    /** A moment in China time, to the minute: "2026-12-04 17:30". */
    public String moment(Instant at) {
        return Times.shown(at);
    }

    private static String grouped(BigDecimal value, int scale) {
        DecimalFormat format = new DecimalFormat("#,##0", SYMBOLS);
        format.setMinimumFractionDigits(scale);
        format.setMaximumFractionDigits(scale);
        format.setRoundingMode(RoundingMode.HALF_UP);
        format.setParseBigDecimal(true);
        return format.format(value);
    }
}
