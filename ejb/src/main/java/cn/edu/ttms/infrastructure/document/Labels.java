package cn.edu.ttms.infrastructure.document;

import cn.edu.ttms.domain.model.shared.Decimals;
import cn.edu.ttms.domain.model.shared.DomainMessages;
import cn.edu.ttms.domain.model.shared.MessageKeyed;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words and figures of the documents. The documents are official Chinese documents, so there is
 * one language: the fixed words come from cn/edu/ttms/document/labels.properties, the names of levels,
 * modules, grades and requirements from the domain's Chinese messages, so that a document names them as
 * the pages do.
 */
final class Labels {

    private static final ResourceBundle BUNDLE =
            ResourceBundle.getBundle("cn.edu.ttms.document.labels", Locale.ROOT, Labels.class.getClassLoader());

    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private Labels() {}

    static String text(String key, Object... args) {
        String pattern = BUNDLE.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    /** A level, module, grade, requirement or status as the domain names it in Chinese. */
    static String name(MessageKeyed value) {
        return value == null ? "" : DomainMessages.format(value.messageKey(), List.of(), Locale.SIMPLIFIED_CHINESE);
    }

    /** 25.92, 18: no trailing zeros, no grouping, as the pages show figures. */
    static String number(BigDecimal value) {
        return value == null ? "—" : Decimals.plain(value);
    }

    /** 2026-03-01, the tables' dates. */
    static String isoDate(LocalDate date) {
        return date == null ? "—" : ISO_DATE.format(date);
    }

    /** 2026年3月1日, the dates of running text. */
    static String chineseDate(LocalDate date) {
        return date == null ? "—" : CHINESE_DATE.format(date);
    }

    /** A year as a year, 2026, never "2,026". */
    static String year(int year) {
        return Integer.toString(year);
    }
}
