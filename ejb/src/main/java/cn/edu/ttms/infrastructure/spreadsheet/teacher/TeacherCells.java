package cn.edu.ttms.infrastructure.spreadsheet.teacher;

import cn.edu.ttms.domain.model.teacher.Gender;
import cn.edu.ttms.domain.model.teacher.SchoolStage;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text of one cell of a teacher sheet as people actually type it. Each method answers
 * {@code null} for text it cannot read, so the sheet reports a problem rather than throwing. The
 * words accepted include the texts the system itself exports (schoolStage.* in the bundle), so an
 * exported sheet imports again unchanged.
 */
final class TeacherCells {

    private static final Map<String, Gender> GENDERS = new HashMap<>();
    private static final Map<String, SchoolStage> STAGES = new HashMap<>();
    private static final Map<String, Boolean> YES_NO = new HashMap<>();

    static {
        words(GENDERS, Gender.MALE, "男", "男性", "m", "male");
        words(GENDERS, Gender.FEMALE, "女", "女性", "f", "female");
        words(STAGES, SchoolStage.PRESCHOOL, "学前", "幼儿园", "学前教育");
        words(STAGES, SchoolStage.PRIMARY, "小学");
        words(STAGES, SchoolStage.JUNIOR_SECONDARY, "初中", "初级中学");
        words(STAGES, SchoolStage.SENIOR_SECONDARY, "高中", "高级中学");
        words(STAGES, SchoolStage.VOCATIONAL, "中职", "职业", "中等职业教育", "职高");
        words(STAGES, SchoolStage.SPECIAL_EDUCATION, "特殊教育", "特教");
        for (SchoolStage stage : SchoolStage.values()) {
            words(STAGES, stage, stage.name());
        }
        for (Gender gender : Gender.values()) {
            words(GENDERS, gender, gender.name());
        }
        words(YES_NO, true, "是", "y", "yes", "true", "民办");
        words(YES_NO, false, "否", "n", "no", "false", "公办");
    }

    /** 2008-09-01, 2008-9-1, 2008/9/1, 2008.9.1; without the day, the first of the month. */
    private static final Pattern NUMERIC = Pattern.compile("(\\d{4})[-/.](\\d{1,2})(?:[-/.](\\d{1,2}))?");

    /** 2008年9月, 2008年9月1日. */
    private static final Pattern CHINESE = Pattern.compile("(\\d{4})年(\\d{1,2})月(?:(\\d{1,2})日)?");

    /** What the spreadsheet reader makes of a date-time cell: 2008-09-01T08:00. */
    private static final Pattern WITH_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ].*");

    private static final int EARLIEST_YEAR = 1900;

    private TeacherCells() {}

    static Gender gender(String text) {
        return GENDERS.get(key(text));
    }

    static SchoolStage stage(String text) {
        return STAGES.get(key(text));
    }

    static Boolean yesNo(String text) {
        return YES_NO.get(key(text));
    }

    /** The 11 digits of a mainland mobile number; spaces and hyphens between groups are dropped. */
    static String phone(String text) {
        StringBuilder digits = new StringBuilder(11);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c != '-' && !Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return null;
            }
        }
        return digits.length() == 11 && digits.charAt(0) == '1' ? digits.toString() : null;
    }

    /** A calendar date from 1900 on, in one of the spellings above; {@code null} otherwise. */
    static LocalDate date(String text) {
        String compact = squeeze(text);
        Matcher withTime = WITH_TIME.matcher(text);
        if (withTime.matches()) {
            compact = withTime.group(1);
        }
        Matcher m = NUMERIC.matcher(compact);
        if (!m.matches()) {
            m = CHINESE.matcher(compact);
            if (!m.matches()) {
                return null;
            }
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
        if (year < EARLIEST_YEAR || month < 1 || month > 12 || day < 1) {
            return null;
        }
        return day > YearMonth.of(year, month).lengthOfMonth() ? null : LocalDate.of(year, month, day);
    }

    private static String key(String text) {
        return squeeze(text).toLowerCase(Locale.ROOT);
    }

    /** Without any space, including the ideographic and no-break spaces of pasted text. */
    private static String squeeze(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static <T> void words(Map<String, T> into, T value, String... words) {
        for (String word : words) {
            into.put(key(word), value);
        }
    }
}
