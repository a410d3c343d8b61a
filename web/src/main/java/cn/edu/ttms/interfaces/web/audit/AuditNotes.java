package cn.edu.ttms.interfaces.web.audit;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The notes services write beside audit entries ("compliance 2026, 156 teachers", "12 teachers exported to xlsx")
 * in the reader's language. The notes are stored as the services wrote them, in English, since the first entry:
 * reading them here by their shape keeps every old entry readable, and a new note that matches no shape is shown as
 * written. Each shape's words are {@code history.note.<key>}, its parts the arguments {0}, {1}…
 */
final class AuditNotes {

    private record Shape(Pattern pattern, String key) {}

    private static final String INSTANT = "(\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z)";

    /** Whole notes; the first that matches wins, so the longer of two similar shapes comes first. */
    private static final List<Shape> SHAPES = List.of(
            shape("(\\d+) teachers exported to (\\S+)", "teachersExported"),
            // beside each exported teacher's record: the file's format, or the roster it was part of
            shape("(xlsx|csv|pdf)", "exportedAs"),
            shape("roster (\\S+), project \\d+", "exportedWithRoster"),
            shape("(\\d+) trainees exported to (\\S+) \\(roster\\)", "rosterExported"),
            shape("(\\w+), (\\d+) projects", "planExported"),
            shape("(\\d+) rows", "resultsExported"),
            shape("(\\d+) rows, (\\w+)", "resultsExportedAs"),
            shape("(\\d+) signatures, revision (\\d+)", "batchExported"),
            shape("account sheet of (.+) fetched: (\\d+) one-time passwords, valid until (\\S+)", "sheetFetched"),
            shape("compliance (\\d{4}), (\\d+) teachers", "compliance"),
            shape("compliance (\\d{4}) year (\\d{4}), (\\d+) teachers", "complianceYear"),
            shape("compliance statistics (\\d{4}), (\\d+) teachers", "statistics"),
            shape("compliance statistics (\\d{4}) year (\\d{4}), (\\d+) teachers", "statisticsYear"),
            shape("compliance statistics (\\d{4}): (.+)", "statisticsTeachers"),
            shape("compliance statistics (\\d{4}) year (\\d{4}): (.+)", "statisticsTeachersYear"),
            shape("reconciliation: (\\d+) teachers, (\\d+) differences, (\\d+) fixed", "reconciliation"),
            shape("(FORM|API) \\(directory\\)", "signInDirectory"),
            shape("(FORM|API): locked until " + INSTANT, "signInLocked"),
            shape("(FORM|API): unknown or disabled account", "signInUnknown"),
            // the directory's own reasons (LDAP's words) are kept as they came, inside a sentence of ours
            shape("(FORM|API): directory unavailable: (.+)", "signInDirectoryUnavailable"),
            shape("(FORM|API): unknown account; directory refused: (.+)", "signInUnknownDirectoryRefused"),
            shape("(FORM|API): unknown account; directory unavailable: (.+)", "signInUnknownDirectoryUnavailable"),
            shape("(FORM|API): directory password right, (.+)", "signInNotProvisioned"),
            shape("(FORM|API): (.+?), (\\d+) in a row, locked until " + INSTANT, "signInFailedLocked"),
            shape("(FORM|API): (.+?), (\\d+) in a row", "signInFailed"),
            // reasons inside a sign-in note (read again as parts of it)
            shape("one-time password expired " + INSTANT, "oneTimePasswordExpired"),
            shape("directory refused: (.+)", "directoryRefused"),
            shape("no account of this name here; teacher #\\d+ has an account of another name", "otherAccountName"),
            shape("one-time password issued, expires " + INSTANT, "oneTimePassword"),
            shape("one-time password issued with the new account, expires " + INSTANT, "oneTimePasswordNew"),
            shape("current password wrong", "currentPasswordWrong"),
            shape("published outside the windows: (.+)", "publishedOutside"),
            shape("wrong signing PIN, (\\d+) in a row, signing locked until " + INSTANT, "pinWrongLocked"),
            shape("wrong signing PIN, (\\d+) in a row", "pinWrong"),
            shape("signing refused: locked until " + INSTANT + " after (\\d+) wrong PINs", "signingRefused"),
            shape("signing lock of (\\S+) cleared \\((\\d+) wrong PINs, locked until (\\S+)\\)", "signingUnlocked"),
            shape("(.+): (\\d+) rows saved of (\\d+), valid rows only", "resultsImportedValid"),
            shape("(.+): (\\d+) rows saved of (\\d+)", "resultsImported"),
            shape("(.+): (\\d+) imported of (\\d+) rows, mode (\\w+)", "teachersImported"),
            shape("(.+): (\\d+) enrolled of (\\d+) rows, valid rows only", "rosterImportedValid"),
            shape("(.+): (\\d+) enrolled of (\\d+) rows", "rosterImported"),
            shape("(.+): (\\d+) units created, (\\d+) existing, of (\\d+) rows", "unitsImported"),
            shape("(.+): (\\d{4}), mode (\\w+), beside plan \\d+", "planImportedBeside"),
            shape("(.+): (\\d{4}), mode (\\w+)", "planImported"),
            shape("(.+): refused, (\\d+) problems?, nothing imported \\((\\S+)\\)", "importRefused"),
            shape("round (\\d+) opened: (\\w+) from " + INSTANT + " to " + INSTANT, "roundOpened"),
            shape("lottery round (\\d+) drawn with seed (-?\\d+); order .*; enrolled .*", "lotteryDrawn"),
            shape("waiting list of project \\d+ backfilled; promoted .*", "backfilled"),
            shape("account of teacher \\d+ moved with the teacher to (.+)", "accountMoved"),
            shape("(.+), (\\d+) bytes, schema version (\\S+)", "backup"));

    private AuditNotes() {}

    private static Shape shape(String regex, String key) {
        return new Shape(Pattern.compile(regex), key);
    }

    /**
     * The note in words, or null when it has no known shape.
     *
     * @param texts a text by key, or null
     * @param word a part of the note in words (an instant on the Chinese clock, a file format, a sign-in channel)
     * @param format a message pattern filled with the parts
     */
    static String read(
            String note,
            Function<String, String> texts,
            Function<String, String> word,
            java.util.function.BiFunction<String, Object[], String> format) {
        String stripped = note.strip();
        String whole = texts.apply("history.note." + stripped.replace(' ', '_'));
        if (whole != null) {
            return whole;
        }
        for (Shape shape : SHAPES) {
            Matcher m = shape.pattern().matcher(stripped);
            if (m.matches()) {
                String pattern = texts.apply("history.note." + shape.key());
                if (pattern == null) {
                    return null;
                }
                Object[] parts = new Object[m.groupCount()];
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = m.group(i + 1) == null ? "" : word.apply(m.group(i + 1));
                }
                return format.apply(pattern, parts);
            }
        }
        return null;
    }
}
